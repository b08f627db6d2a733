import traditionalToSimplified from "opencc-js/dict/TSCharacters";

/**
 * Text folded for matching, one UTF-16 unit per entry, with the offset in the original text of each unit.
 * Folding maps every original unit to at most one unit, so a span in the folded text maps straight back.
 */
export interface FoldedText {
  codes: Uint16Array;
  /** `origins[i]` is the offset in the original text of folded unit `i`. */
  origins: Int32Array;
  length: number;
}

/** 0 in the table means "drop this unit". */
let foldTable: Uint16Array | null = null;

const DROPPED = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]/u;

/**
 * One table for the whole Basic Multilingual Plane, built once: compatibility forms (full-width letters and
 * digits, CJK compatibility ideographs) to their plain form, upper to lower case, traditional to simplified
 * characters, and whitespace, punctuation, symbols and invisible format characters dropped, so that
 * "保 本", "保-本", "保\u200b本", "ＢＡＯ" and "保證" read as what they say.
 */
function buildFoldTable(): Uint16Array {
  const simplified = new Map<string, string>();
  for (const pair of traditionalToSimplified.split("|")) {
    const [from, to] = pair.split(" ");
    if (from?.length === 1 && to?.length === 1) simplified.set(from, to);
  }
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c; // halves of characters outside the BMP pass through unchanged
      continue;
    }
    let ch = String.fromCharCode(c);
    const compat = ch.normalize("NFKC");
    if (compat.length === 1) ch = compat;
    if (DROPPED.test(ch)) continue;
    const lower = ch.toLowerCase();
    if (lower.length === 1) ch = lower;
    ch = simplified.get(ch) ?? ch;
    table[c] = ch.charCodeAt(0);
  }
  return table;
}

function table(): Uint16Array {
  foldTable ??= buildFoldTable();
  return foldTable;
}

/**
 * Folds `text` in one pass over it; see `buildFoldTable` for what folding does. `into` lends buffers to
 * write into when they are large enough, so that checking many texts does not churn the garbage collector.
 */
export function foldText(text: string, into?: FoldedText): FoldedText {
  const t = table();
  const reuse = into && into.codes.length >= text.length;
  const codes = reuse ? into.codes : new Uint16Array(text.length);
  const origins = reuse ? into.origins : new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = t[text.charCodeAt(i)];
    if (folded === 0) continue;
    codes[n] = folded;
    origins[n] = i;
    n++;
  }
  return { codes, origins, length: n };
}

/** The folded form of a short phrase (a rule's pattern) as a string. */
export function foldPhrase(phrase: string): string {
  const { codes, length } = foldText(phrase);
  return String.fromCharCode(...codes.subarray(0, length));
}

/**
 * The same folding, character for character, but keeping spaces and punctuation: for word segmentation,
 * which needs sentence boundaries, of text that may be traditional or full width.
 */
export function foldCharacters(text: string): string {
  const t = table();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(t[c] === 0 ? c : t[c]);
  }
  return out;
}
