/**
 * One post reaches the monitoring under many addresses: shared from an app with tracking parameters, opened
 * on the mobile site, over http or https, with a fragment or a trailing slash, or quoted in a news item or a
 * repost. The canonical link is what is left of an address once all that is taken away, so mentions that
 * point at the same post are seen as one story (and grouped as one candidate) whatever their wording.
 */

/** Query parameters that say who shared a link and from where, never which post it is. */
const TRACKING_PREFIXES = ["utm_", "spm", "share", "from", "xsec_", "log_from"];
const TRACKING_NAMES = new Set(["isappinstalled", "scene", "wfr", "wid", "timestamp", "ts", "u_code", "did"]);

/** The parameters that name a WeChat article in its long form (the rest are the reader's session). */
const WECHAT_PARAMS = ["__biz", "mid", "idx", "sn"];

const isTracking = (name: string) => {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
};

/**
 * The platforms whose post identifier is in the path: the same post under its web, mobile and share
 * addresses comes to one key, and the query (all of it the sharer's) is dropped.
 */
function platformPost(host: string, path: string): string | null {
  let m: RegExpMatchArray | null;
  if (host === "weibo.com" || host === "weibo.cn") {
    // weibo.com/<uid>/<bid>, m.weibo.cn/status/<bid> and m.weibo.cn/detail/<bid>
    m = path.match(/^\/(?:status|detail)\/(\w+)$/) ?? path.match(/^\/\d+\/(\w+)$/);
    return m ? `weibo.com/status/${m[1]}` : null;
  }
  if (host === "douyin.com" || host === "iesdouyin.com") {
    m = path.match(/^\/(?:share\/)?(video|note)\/(\d+)$/);
    return m ? `douyin.com/${m[1]}/${m[2]}` : null;
  }
  if (host === "xiaohongshu.com") {
    m = path.match(/^\/(?:explore|discovery\/item)\/(\w+)$/);
    return m ? `xiaohongshu.com/explore/${m[1]}` : null;
  }
  if (host === "kuaishou.com") {
    m = path.match(/^\/(?:short-video|fw\/photo)\/(\w+)$/);
    return m ? `kuaishou.com/short-video/${m[1]}` : null;
  }
  if (host === "toutiao.com") {
    m = path.match(/^\/(?:article\/|group\/|a|i)(\d+)$/);
    return m ? `toutiao.com/article/${m[1]}` : null;
  }
  return null;
}

/**
 * The canonical form of a post's address: no scheme, the host without `www.`/`m.`, no fragment, no trailing
 * slash, no tracking parameters (the rest sorted). Null for what is no web address, or a site's front page
 * (two posts both linking a home page are not the same story).
 */
export function canonicalLink(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|wap|mobile)\./, "");
  const path = url.pathname.replace(/\/+$/, "");
  const post = platformPost(host, path);
  if (post) return post;
  const keep =
    host === "mp.weixin.qq.com" && path === "/s"
      ? (name: string) => WECHAT_PARAMS.includes(name)
      : (name: string) => !isTracking(name);
  const params = [...url.searchParams]
    .filter(([name]) => keep(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  if (!path && params.length === 0) return null;
  const query = new URLSearchParams(params).toString();
  return `${host}${url.port ? `:${url.port}` : ""}${path}${query ? `?${query}` : ""}`;
}

/** Addresses written in a text, up to the first space or Chinese punctuation. */
const ADDRESS_IN_TEXT = /https?:\/\/[^\s"'<>，。；：！？、（）【】《》「」“”]+/gi;

/** How many addresses of one mention count: a post listing a hundred links is no quote of one post. */
const MAX_LINKS = 10;

/**
 * The posts a mention points at: its own address and the addresses quoted in its title or text (a repost,
 * or a news item citing the original post), each in canonical form, without repeats.
 */
export function postLinksOf(url: string, text: string): string[] {
  const quoted = [...text.matchAll(ADDRESS_IN_TEXT)].map((m) => m[0].replace(/[.,;:!?)\]}]+$/, ""));
  const links = [url, ...quoted].map(canonicalLink).filter((l) => l !== null);
  return [...new Set(links)].slice(0, MAX_LINKS);
}
