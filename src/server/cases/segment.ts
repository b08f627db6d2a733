import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { searchTerms } from "../../domain/cases/similarity.ts";
import { canonicalTerm, domainWords } from "../../domain/cases/terms.ts";
import { foldCharacters, foldPhrase } from "../../domain/compliance/normalise.ts";

let jieba: Jieba | null = null;
/** jieba's dictionary with our banking words added, kept whole and preferred over their parts. */
const cutter = () => {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(
      Buffer.from(
        domainWords()
          .map((w) => `${w} 20000`)
          .join("\n"),
      ),
    );
  }
  return jieba;
};

/** Words folded as the matcher folds text (traditional → simplified, full width → half width, lower case). */
function fold(words: string[]): string[] {
  return words.map(foldPhrase).filter((w) => w.length > 0);
}

/**
 * The text both engines index: every word jieba finds, sub-words of long words included (cutForSearch), so
 * that a search for 挤兑 finds 挤兑潮 and a search for 银行卡 finds 银行; a word with synonyms is followed by
 * the one its group is searched under (挤提 → 挤提 挤兑).
 */
export function indexText(parts: readonly string[]): string {
  const words = fold(cutter().cutForSearch(foldCharacters(parts.join("\n")), true));
  return words.flatMap((w) => (canonicalTerm(w) === w ? [w] : [w, canonicalTerm(w)])).join(" ");
}

/** The terms of a search box or of a new report, as whole words, each under its synonym group's word. */
export function queryTerms(text: string, max?: number): string[] {
  return searchTerms(fold(cutter().cut(foldCharacters(text), true)).map(canonicalTerm), max);
}
