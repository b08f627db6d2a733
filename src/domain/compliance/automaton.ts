/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one pass over
 * the text, in time linear in the text plus the number of matches, whatever the number of patterns.
 *
 * Characters that occur in no pattern share one symbol that always leads back to the root, so the common
 * case (a character no rule cares about) costs one table read.
 */
export interface Automaton {
  /** Code unit → symbol; -1 for a unit that occurs in no pattern. */
  symbols: Int32Array;
  alphabetSize: number;
  /** (state * alphabetSize + symbol) → next state, for the trie's own edges. */
  edges: Map<number, number>;
  fail: Int32Array;
  /** The pattern ending exactly at a state, or -1. */
  output: Int32Array;
  /** The nearest state on the failure chain that has an output, or -1. */
  outputLink: Int32Array;
  lengths: Int32Array;
  patternCount: number;
}

/** Builds the automaton; pattern `i` of the list is reported as `i`. Empty patterns never match. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const symbols = new Int32Array(0x10000).fill(-1);
  let alphabetSize = 0;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbols[c] === -1) symbols[c] = alphabetSize++;
    }
  }
  const edges = new Map<number, number>();
  const outputs: number[] = [-1];
  const children: number[][] = [[]];
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id];
    if (p.length === 0) continue;
    let state = 0;
    for (let i = 0; i < p.length; i++) {
      const key = state * alphabetSize + symbols[p.charCodeAt(i)];
      let next = edges.get(key);
      if (next === undefined) {
        next = outputs.length;
        outputs.push(-1);
        children.push([]);
        edges.set(key, next);
        children[state].push(symbols[p.charCodeAt(i)]);
      }
      state = next;
    }
    // Duplicate patterns are the caller's business: it passes each distinct string once.
    if (outputs[state] === -1) outputs[state] = id;
  }

  const stateCount = outputs.length;
  const fail = new Int32Array(stateCount);
  const outputLink = new Int32Array(stateCount).fill(-1);
  const queue = new Int32Array(stateCount);
  let head = 0;
  let tail = 0;
  for (const sym of children[0]) queue[tail++] = edges.get(sym) as number;
  while (head < tail) {
    const state = queue[head++];
    for (const sym of children[state]) {
      const child = edges.get(state * alphabetSize + sym) as number;
      let f = fail[state];
      while (f !== 0 && !edges.has(f * alphabetSize + sym)) f = fail[f];
      const target = edges.get(f * alphabetSize + sym);
      fail[child] = target !== undefined && target !== child ? target : 0;
      outputLink[child] = outputs[fail[child]] !== -1 ? fail[child] : outputLink[fail[child]];
      queue[tail++] = child;
    }
  }

  const lengths = new Int32Array(patterns.length);
  for (let i = 0; i < patterns.length; i++) lengths[i] = patterns[i].length;
  return {
    symbols,
    alphabetSize,
    edges,
    fail,
    output: Int32Array.from(outputs),
    outputLink,
    lengths,
    patternCount: patterns.length,
  };
}

/**
 * Calls `onMatch(pattern, end)` for every occurrence, `end` exclusive, in order of `end`, over
 * `codes[0..length)`.
 */
export function scan(
  a: Automaton,
  codes: Uint16Array,
  length: number,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { symbols, alphabetSize, edges, fail, output, outputLink } = a;
  let state = 0;
  for (let i = 0; i < length; i++) {
    const sym = symbols[codes[i]];
    if (sym === -1) {
      state = 0;
      continue;
    }
    let next = edges.get(state * alphabetSize + sym);
    while (next === undefined && state !== 0) {
      state = fail[state];
      next = edges.get(state * alphabetSize + sym);
    }
    state = next ?? 0;
    let s = output[state] !== -1 ? state : outputLink[state];
    while (s !== -1) {
      onMatch(output[s], i + 1);
      s = outputLink[s];
    }
  }
}
