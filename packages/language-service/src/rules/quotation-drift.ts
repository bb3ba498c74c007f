// Rule quotation-drift: a quotation that matches a corpus passage closely (at least 80 % of its words, in order)
// but not exactly: the writer altered a quote. Block quotes are compared, and quoted text ("…", “…”) of at least
// MIN_INLINE_WORDS words. Words are compared (letters and digits; case counts, typographic apostrophes do not);
// punctuation and wrapping are not. The message names the passage and the first difference; the fix restores the
// source's words, difference by difference, so the quote keeps its wrapping and markup elsewhere.
import type { TextEdit } from '@natolex/data';
import type { TextRange } from '../markdown/prose.js';
import { message } from '../messages.js';
import { passageIndexOf, wordsOf, type Passage, type PassageIndex, type Word } from './passage-index.js';
import { defineRule, type RuleContext, type RuleFinding } from './types.js';

const messages = {
  'quotation-drift.differs': "This quotation differs from passage {0}: '{1}' where the source has '{2}'",
  'quotation-drift.fix.restore': 'Restore the text of {0}',
} as const;

/** Share of the quotation's words (and of the passage span it covers) that must line up. */
const MIN_SIMILARITY = 0.8;
const MIN_INLINE_WORDS = 8;
/** Bounds that keep the check linear in the document: words per quotation, quotations per document, candidates. */
const MAX_QUOTE_WORDS = 400;
const MAX_PASSAGE_WORDS = 800;
const MAX_QUOTATIONS = 200;
const PROBE_WORDS = 16;
const CANDIDATES = 3;

interface Alignment {
  /** Pairs [quote word, passage word] of the longest common subsequence of keys, in order. */
  pairs: [number, number][];
}

/** Longest common subsequence of the keys (dynamic programming; both lists are bounded). */
function align(quote: readonly Word[], passage: readonly Word[]): Alignment {
  const rows = quote.length + 1;
  const columns = passage.length + 1;
  const table = new Uint16Array(rows * columns);
  for (let q = quote.length - 1; q >= 0; q--) {
    for (let p = passage.length - 1; p >= 0; p--) {
      table[q * columns + p] =
        quote[q]!.key === passage[p]!.key ? table[(q + 1) * columns + p + 1]! + 1 : Math.max(table[(q + 1) * columns + p]!, table[q * columns + p + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let q = 0;
  let p = 0;
  while (q < quote.length && p < passage.length) {
    if (quote[q]!.key === passage[p]!.key && table[q * columns + p] === table[(q + 1) * columns + p + 1]! + 1) pairs.push([q++, p++]);
    else if (table[(q + 1) * columns + p]! >= table[q * columns + p + 1]!) q++;
    else p++;
  }
  return { pairs };
}

interface Difference {
  /** Quote words [q0, q1) stand where the passage has words [p0, p1). */
  q0: number;
  q1: number;
  p0: number;
  p1: number;
}

/** The runs where the quotation and the aligned passage span differ (case included). */
function differences(quote: readonly Word[], passage: readonly Word[], pairs: readonly [number, number][]): Difference[] {
  const runs: Difference[] = [];
  let q = 0;
  let p = pairs[0]![1];
  const lastP = pairs[pairs.length - 1]![1] + 1;
  for (const [pq, pp] of [...pairs, [quote.length, lastP] as [number, number]]) {
    if (pq > q || pp > p) runs.push({ q0: q, q1: pq, p0: p, p1: pp });
    if (pq < quote.length && quote[pq]!.text !== passage[pp]!.text) runs.push({ q0: pq, q1: pq + 1, p0: pp, p1: pp + 1 });
    q = pq + 1;
    p = pp + 1;
  }
  return runs;
}

const phrase = (words: readonly Word[], from: number, to: number): string =>
  words
    .slice(Math.max(0, from), Math.max(from, to))
    .map((word) => word.text)
    .join(' ');

/** The edit that makes quote words [q0, q1) read as passage words [p0, p1). */
function editFor(text: string, quote: readonly Word[], passage: Passage, run: Difference): TextEdit {
  const source = run.p1 > run.p0 ? passage.text.slice(passage.words[run.p0]!.start, passage.words[run.p1 - 1]!.end) : '';
  if (run.q1 > run.q0) {
    const start = quote[run.q0]!.start;
    const end = quote[run.q1 - 1]!.end;
    if (source !== '') return { start, end, text: source };
    // A word the source does not have: remove it with the space before it (or after it, at the start).
    return run.q0 > 0 ? { start: quote[run.q0 - 1]!.end, end, text: '' } : { start, end: quote[run.q1]?.start ?? end, text: '' };
  }
  // Words the quote left out: insert them after the previous word (or before the first).
  return run.q0 > 0 ? { start: quote[run.q0 - 1]!.end, end: quote[run.q0 - 1]!.end, text: ` ${source}` } : { start: quote[0]!.start, end: quote[0]!.start, text: `${source} ` };
}

/** The passages sharing the most of the quotation's rarest words. */
function candidates(index: PassageIndex, quote: readonly Word[]): number[] {
  const keys = [...new Set(quote.map((word) => word.key))]
    .map((key) => ({ key, postings: index.byWord.get(key) }))
    .filter((entry): entry is { key: string; postings: number[] } => entry.postings !== undefined)
    .sort((a, b) => a.postings.length - b.postings.length)
    .slice(0, PROBE_WORDS);
  const tally = new Map<number, number>();
  for (const { postings } of keys) for (const number of postings.slice(0, 1000)) tally.set(number, (tally.get(number) ?? 0) + 1);
  return [...tally.entries()]
    .filter(([, count]) => count >= Math.ceil(keys.length * MIN_SIMILARITY * 0.5))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([number]) => number);
}

function quotationsToCompare(context: RuleContext): { range: TextRange; words: Word[] }[] {
  const prose = context.prose;
  if (!prose) return [];
  const { text } = context;
  const found: { range: TextRange; words: Word[] }[] = [];
  let block = 0;
  for (const quote of prose.blockQuotes) {
    const words: Word[] = [];
    while (block < prose.blocks.length && prose.blocks[block]!.end <= quote.start) block++;
    for (let at = block; at < prose.blocks.length && prose.blocks[at]!.start < quote.end; at++) {
      const { start, end } = prose.blocks[at]!;
      for (const word of wordsOf(text, start, end, prose.nonProse)) words.push(word);
      if (words.length > MAX_QUOTE_WORDS) break;
    }
    found.push({ range: quote, words });
  }
  let blockQuote = 0;
  for (const quote of prose.quotations) {
    while (blockQuote < prose.blockQuotes.length && prose.blockQuotes[blockQuote]!.end <= quote.start) blockQuote++;
    const inside = prose.blockQuotes[blockQuote];
    if (inside !== undefined && inside.start <= quote.start) continue; // a block quote, done above
    const words = wordsOf(text, quote.start, quote.end, prose.nonProse);
    if (words.length >= MIN_INLINE_WORDS) found.push({ range: quote, words });
  }
  return found.sort((a, b) => a.range.start - b.range.start).slice(0, MAX_QUOTATIONS);
}

export const quotationDrift = defineRule({
  id: 'quotation-drift',
  defaultSeverity: 'warning',
  summary: 'A quotation matches a corpus passage closely (80 % of its words) but not exactly: the quote was altered.',
  messages,
  check(context) {
    const findings: RuleFinding[] = [];
    const quotations = quotationsToCompare(context);
    if (quotations.length === 0) return findings;
    const index = passageIndexOf(context.lexicon);
    for (const { range, words } of quotations) {
      if (words.length === 0 || words.length > MAX_QUOTE_WORDS) continue;
      let best: { passage: Passage; pairs: [number, number][]; score: number } | undefined;
      for (const number of candidates(index, words)) {
        const passage = index.passages[number]!;
        if (passage.words.length > MAX_PASSAGE_WORDS) continue;
        const { pairs } = align(words, passage.words);
        if (pairs.length === 0) continue;
        const span = pairs[pairs.length - 1]![1] - pairs[0]![1] + 1;
        const score = pairs.length / Math.max(words.length, span);
        if (score >= MIN_SIMILARITY && (best === undefined || score > best.score)) best = { passage, pairs, score };
      }
      if (best === undefined) continue;
      const runs = differences(words, best.passage.words, best.pairs);
      if (runs.length === 0) continue; // the words are the source's
      const first = runs[0]!;
      const quoted = phrase(words, first.q0 - 1, first.q1 + 1);
      const source = phrase(best.passage.words, first.p0 - 1, first.p1 + 1);
      findings.push({
        start: range.start,
        end: range.end,
        message: message(messages, 'quotation-drift.differs', [best.passage.id, quoted, source]),
        entry: best.passage.id,
        fixes: [{ manual: true, title: message(messages, 'quotation-drift.fix.restore', [best.passage.id]), edits: runs.map((run) => editFor(context.text, words, best.passage, run)) }],
      });
    }
    return findings;
  },
});
