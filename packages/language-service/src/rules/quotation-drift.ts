// Rule quotation-drift: a quotation that matches a corpus passage closely (at least 80 % of its words, in order)
// but not exactly: the writer altered a quote. Block quotes are compared, and quoted text ("…", “…”) of at least
// MIN_INLINE_WORDS words, or of MIN_CITED_WORDS when a natolex citation follows it (a footnote reference whose
// definition, or a parenthetical, names the corpus's author or one of its pages: “…”[^3], “…” (NATO, n.d.)): the
// writer says it is the source's words, so MIN_CITED_SIMILARITY (60 %) of them must line up instead of 80 %. A
// citation that names a page puts that page's passages first. Words are compared (letters and digits; case counts, typographic apostrophes do not);
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
const MIN_CITED_WORDS = 3;
/** A cited quotation is the source's words by the writer's own account: a lower share must line up (one word in 3). */
const MIN_CITED_SIMILARITY = 0.6;
/** How many of a cited page's passages are compared at most (those sharing the most of the quotation's words). */
const CITED_PAGE_CANDIDATES = 3;
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

/** The passages sharing the most of the quotation's rarest words (of the cited page's first, when one is named). */
function candidates(index: PassageIndex, quote: readonly Word[], page?: string): number[] {
  if (page !== undefined) {
    const shared = new Map<number, number>();
    for (const key of new Set(quote.map((word) => word.key))) {
      for (const number of index.byWord.get(key)?.slice(0, 1000) ?? []) if (index.passages[number]!.sourceTitle === page) shared.set(number, (shared.get(number) ?? 0) + 1);
    }
    const onPage = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CITED_PAGE_CANDIDATES).map(([number]) => number);
    return [...new Set([...onPage, ...candidates(index, quote)])];
  }
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

/** The corpus's author as citations of it name it (CSL's author, and the short form writers use). */
const CORPUS_AUTHOR = /North Atlantic Treaty Organi[sz]ation|\bNATO\b/;
/** What may follow a quotation to cite it: a footnote reference or a parenthetical, after at most a punctuation mark. */
const CITATION_AFTER = /^[.,;:!?]?[ \t]{0,2}(?:\[\^([^\]\s^]{1,100})\]|\(([^()\r\n]{1,300})\))/;
const FOOTNOTE_AT_END = /\[\^([^\]\s^]{1,100})\][ \t]*$/;
const FOOTNOTE_DEFINITION = /^[ \t]{0,3}\[\^([^\]\s^]{1,100})\]:[ \t]*(.*)$/gm;

interface Citations {
  /** The natolex citation following text[offset] (undefined if none, or not natolex's), with the page it names. */
  after(offset: number): { page?: string } | undefined;
  /** The natolex footnote whose reference ends the text before `offset` ("> …programme.[^8]"). */
  endingAt(offset: number): { page?: string } | undefined;
}

/** Reads the document's footnote definitions once (when a quotation needs them) and the corpus's page titles. */
function citationsOf(text: string, titles: readonly string[]): Citations {
  let footnotes: Map<string, string> | undefined;
  const natolex = (citation: string): { page?: string } | undefined => {
    const page = titles.filter((title) => citation.includes(title)).sort((a, b) => b.length - a.length)[0];
    if (page !== undefined) return { page };
    return CORPUS_AUTHOR.test(citation) ? {} : undefined;
  };
  const footnote = (label: string) => {
    if (footnotes === undefined) {
      footnotes = new Map();
      for (const definition of text.matchAll(FOOTNOTE_DEFINITION)) if (!footnotes.has(definition[1]!)) footnotes.set(definition[1]!, definition[2]!);
    }
    const definition = footnotes.get(label);
    return definition === undefined ? undefined : natolex(definition);
  };
  return {
    after(offset) {
      const found = CITATION_AFTER.exec(text.slice(offset, offset + 320));
      if (found === null) return undefined;
      return found[2] !== undefined ? natolex(found[2]) : footnote(found[1]!);
    },
    endingAt(offset) {
      const found = FOOTNOTE_AT_END.exec(text.slice(Math.max(0, offset - 110), offset));
      return found === null ? undefined : footnote(found[1]!);
    },
  };
}

interface Quotation {
  range: TextRange;
  words: Word[];
  /** A natolex citation follows it. */
  cited?: boolean;
  /** The page a natolex citation after the quotation names. */
  page?: string;
}

function quotationsToCompare(context: RuleContext, index: () => PassageIndex): Quotation[] {
  const prose = context.prose;
  if (!prose) return [];
  const { text } = context;
  const found: Quotation[] = [];
  let block = 0;
  let citations: Citations | undefined;
  const citationsNow = () =>
    (citations ??= citationsOf(text, [...new Set(index().passages.map((passage) => passage.sourceTitle).filter((title): title is string => title !== undefined))]));
  const citationAt = (offset: number) => citationsNow().after(offset);
  for (const quote of prose.blockQuotes) {
    const words: Word[] = [];
    while (block < prose.blocks.length && prose.blocks[block]!.end <= quote.start) block++;
    let last = quote.end;
    for (let at = block; at < prose.blocks.length && prose.blocks[at]!.start < quote.end; at++) {
      const { start, end } = prose.blocks[at]!;
      last = end;
      for (const word of wordsOf(text, start, end, prose.nonProse)) words.push(word);
      if (words.length > MAX_QUOTE_WORDS) break;
    }
    const cited = words.length > 0 && words.length <= MAX_QUOTE_WORDS ? citationsNow().endingAt(last) : undefined; // "> …[^8]"
    found.push({ range: quote, words, ...(cited === undefined ? {} : { cited: true }), ...(cited?.page === undefined ? {} : { page: cited.page }) });
  }
  let blockQuote = 0;
  for (const quote of prose.quotations) {
    while (blockQuote < prose.blockQuotes.length && prose.blockQuotes[blockQuote]!.end <= quote.start) blockQuote++;
    const inside = prose.blockQuotes[blockQuote];
    if (inside !== undefined && inside.start <= quote.start) continue; // a block quote, done above
    const words = wordsOf(text, quote.start, quote.end, prose.nonProse);
    if (words.length < MIN_CITED_WORDS || words.length > MAX_QUOTE_WORDS) continue;
    const cited = found.length < MAX_QUOTATIONS ? citationAt(quote.end) : undefined;
    if (words.length >= MIN_INLINE_WORDS || cited !== undefined) found.push({ range: quote, words, ...(cited === undefined ? {} : { cited: true }), ...(cited?.page === undefined ? {} : { page: cited.page }) });
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
    let passages: PassageIndex | undefined;
    const indexOf = () => (passages ??= passageIndexOf(context.lexicon));
    const quotations = quotationsToCompare(context, indexOf);
    if (quotations.length === 0) return findings;
    const index = indexOf();
    for (const { range, words, page, cited } of quotations) {
      const threshold = cited ? MIN_CITED_SIMILARITY : MIN_SIMILARITY;
      if (words.length === 0 || words.length > MAX_QUOTE_WORDS) continue;
      let best: { passage: Passage; pairs: [number, number][]; score: number } | undefined;
      for (const number of candidates(index, words, page)) {
        const passage = index.passages[number]!;
        if (passage.words.length > MAX_PASSAGE_WORDS) continue;
        const { pairs } = align(words, passage.words);
        if (pairs.length === 0) continue;
        const span = pairs[pairs.length - 1]![1] - pairs[0]![1] + 1;
        const score = pairs.length / Math.max(words.length, span);
        if (score >= threshold && (best === undefined || score > best.score)) best = { passage, pairs, score };
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
