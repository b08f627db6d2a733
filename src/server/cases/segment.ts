import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { searchTerms } from "../../domain/cases/similarity.ts";
import { foldCharacters, foldPhrase } from "../../domain/compliance/normalise.ts";

let jieba: Jieba | null = null;
const cutter = () => {
  jieba ??= Jieba.withDict(dict);
  return jieba;
};

/** Words folded as the matcher folds text (traditional → simplified, full width → half width, lower case). */
function fold(words: string[]): string[] {
  return words.map(foldPhrase).filter((w) => w.length > 0);
}

/**
 * The text both engines index: every word jieba finds, sub-words of long words included (cutForSearch), so
 * that a search for 挤兑 finds 挤兑潮 and a search for 银行卡 finds 银行.
 */
export function indexText(parts: readonly string[]): string {
  return fold(cutter().cutForSearch(foldCharacters(parts.join("\n")), true)).join(" ");
}

/** The terms of a search box or of a new report, as whole words. */
export function queryTerms(text: string, max?: number): string[] {
  return searchTerms(fold(cutter().cut(foldCharacters(text), true)), max);
}
