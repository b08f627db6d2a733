/** Words too common to say anything about a case. */
export const STOPWORDS = new Set(
  "的 了 是 在 和 与 及 或 也 都 就 还 又 被 把 对 从 向 到 给 让 使 为 以 于 并 而 但 等 着 过 有 没 不 这 那 其 之 个 名 位 次 时 后 前 中 上 下 里 我 你 他 她 它 们 您 客户 网点 银行 我行".split(
    " ",
  ),
);

/** Terms worth searching for: distinct, not stopwords, letters or digits only. */
export function searchTerms(tokens: readonly string[], max = 30): string[] {
  const seen = new Set<string>();
  for (const raw of tokens) {
    for (const part of raw.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (part.length === 0 || STOPWORDS.has(part) || seen.has(part)) continue;
      seen.add(part);
    }
  }
  // Longer words carry more meaning; keep a bounded query however long the text.
  return [...seen].sort((a, b) => b.length - a.length).slice(0, max);
}

export interface Candidate {
  id: number;
  category: string;
  /** The indexed words of the case. */
  words: ReadonlySet<string>;
}

/**
 * How alike a past case is to a new report: the share of the report's terms found in the case, with a bonus
 * for the same category. Computed here rather than by each engine's own ranking, so that both databases
 * offer the same cases in the same order.
 */
export function similarity(terms: readonly string[], candidate: Candidate, category?: string) {
  const matched = terms.filter((t) => candidate.words.has(t));
  const base = terms.length === 0 ? 0 : matched.length / terms.length;
  const score = Math.round(
    100 * Math.min(1, base + (category && candidate.category === category ? 0.25 : 0)),
  );
  return { score, matched };
}
