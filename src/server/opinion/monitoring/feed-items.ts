import type { MentionBody } from "../../../domain/opinion/schema.ts";

/** Text of a feed field that may be plain or an Atom text construct ({ value }). */
const textOf = (v: unknown): string =>
  typeof v === "string"
    ? v
    : v && typeof v === "object" && "value" in v
      ? String((v as { value: unknown }).value ?? "")
      : "";

const isoOr = (value: unknown, fallback: Date) => {
  const t = typeof value === "string" ? Date.parse(value) : Number.NaN;
  return new Date(Number.isNaN(t) ? fallback.getTime() : t).toISOString();
};

/** Strips markup from a feed's HTML description: matching reads words, not tags. */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The items of an RSS, Atom, RDF or JSON feed as mentions; items without a link are skipped (a mention is
 * known by its URL). Parsing is feedsmith's, loaded at the first poll rather than at every start; an
 * unreadable document throws.
 */
export async function mentionsOfFeed(xml: string, now: Date): Promise<MentionBody[]> {
  const { parseFeed } = await import("feedsmith");
  const { format, feed } = parseFeed(xml);
  const out: MentionBody[] = [];
  const push = (url: unknown, title: unknown, body: unknown, at: unknown) => {
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) return;
    out.push({
      url: url.slice(0, 2000),
      title: (textOf(title) || url).slice(0, 500),
      text: plain(textOf(body)).slice(0, 20_000),
      publishedAt: isoOr(at, now),
    });
  };
  if (format === "atom") {
    for (const e of feed.entries ?? []) {
      const link = e.links?.find((l) => !l.rel || l.rel === "alternate") ?? e.links?.[0];
      push(link?.href, e.title, textOf(e.content) || textOf(e.summary), e.published ?? e.updated);
    }
  } else if (format === "json") {
    for (const i of feed.items ?? [])
      push(i.url, i.title, i.content_text ?? i.content_html ?? i.summary, i.date_published);
  } else {
    for (const i of feed.items ?? []) {
      const body =
        "content" in i && i.content && typeof i.content === "object" && "encoded" in i.content
          ? i.content.encoded
          : undefined;
      push(i.link, i.title, body ?? i.description, "pubDate" in i ? i.pubDate : undefined);
    }
  }
  return out;
}
