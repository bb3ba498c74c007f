// Define-on-first-use over whole documents of any size. The rules are the data package's (findFirstUseIssues); this
// module runs them chunk by chunk so a huge document can be checked in steps that each take a few milliseconds,
// between which the extension host stays responsive and the check can be cancelled. Chunks end at blank lines where
// possible (no Markdown inline construct crosses one); a fenced code block or HTML comment still open at the end of
// a chunk is carried into the next, so the result equals the one-pass check.
import { findFirstUseIssues, findMarkdownNonProse, type FirstUseIssue, type FirstUseLexicon, type Lexicon, type Match, type NonProseRange } from '@natolex/data';
import { definedForm } from './describe.js';
import { english, type Translate } from './translate.js';

export type { FirstUseIssue };

export interface FirstUseCheckOptions {
  /** Skip Markdown code, comments and front matter (for Markdown documents). */
  markdown: boolean;
  /** Acronym forms or ids never reported. */
  ignore?: readonly string[];
  /** Characters per step (default 32 KiB). */
  chunkSize?: number;
}

export const DEFAULT_CHUNK_SIZE = 32 * 1024;

/** [start, end) offsets of consecutive chunks covering `text`, cut after a blank line or at least a line break. */
export function chunkRanges(text: string, chunkSize: number = DEFAULT_CHUNK_SIZE): Array<[number, number]> {
  return [...chunks(text, chunkSize)];
}

/** The chunks one at a time, each found in time proportional to its size (never a search to the end of the text). */
function* chunks(text: string, chunkSize: number = DEFAULT_CHUNK_SIZE): Generator<[number, number]> {
  const size = Math.max(1, Math.floor(chunkSize));
  let start = 0;
  while (start < text.length) {
    const end = start + size >= text.length ? text.length : cutPoint(text, start + size, size);
    yield [start, end];
    start = end;
  }
}

const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

/** Where to end a chunk at or after `from`: after a blank line nearby, else after the next line break. */
function cutPoint(text: string, from: number, size: number): number {
  const nearby = text.slice(from, from + Math.ceil(size / 4));
  const blank = BLANK_LINE.exec(nearby);
  if (blank) return from + blank.index + blank[0].length;
  const lineBreak = text.slice(from, from + size).indexOf('\n');
  if (lineBreak !== -1) return from + lineBreak + 1;
  // One enormous line: cut after a run of spaces (a spaced acronym split here is missed, nothing worse).
  const space = text.slice(from, from + size).search(/[ \t]+\S/);
  return space === -1 ? Math.min(text.length, from + size) : from + space + 1;
}

const FENCE_LINE = /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})[^\r\n]*/;

/** The opening of a code block or comment that is still open at the end of `source`, to prefix the next chunk with. */
function openConstructAtEnd(source: string, nonProse: readonly NonProseRange[]): string {
  const last = nonProse[nonProse.length - 1];
  if (!last || last.end < source.length) return '';
  const rest = source.slice(last.start);
  if (rest.startsWith('<!--')) return rest.includes('-->', 4) ? '' : '<!--';
  const fence = FENCE_LINE.exec(rest);
  if (!fence) return '';
  const lines = rest.split(/\r?\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  const run = fence[1]!;
  const closing = lines.length > 1 ? /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]!) : null;
  const closed = closing !== null && closing[1]![0] === run[0] && closing[1]!.length >= run.length;
  return closed ? '' : `${fence[0]}\n`;
}

function isInside(ranges: readonly NonProseRange[], match: Match, cursor: { index: number }): boolean {
  while (cursor.index < ranges.length && ranges[cursor.index]!.end <= match.start) cursor.index++;
  const range = ranges[cursor.index];
  return range !== undefined && range.start <= match.start && match.start < range.end;
}

/**
 * The first-use check as a sequence of steps: each `next()` checks one chunk; the generator's return value is the
 * issues, in document order, with offsets in `text`.
 */
export function* firstUseSteps(lexicon: Lexicon, text: string, options: FirstUseCheckOptions): Generator<number, FirstUseIssue[], void> {
  const seen = new Set<string>();
  const issues: FirstUseIssue[] = [];
  let carry = '';
  for (const [from, to] of chunks(text, options.chunkSize)) {
    const source = carry + text.slice(from, to);
    const shift = carry.length;
    const nonProse = options.markdown ? findMarkdownNonProse(source) : [];
    const cursor = { index: 0 };
    const fresh = lexicon.scan(source).filter((match) => match.kind === 'acronym' && match.start >= shift && !seen.has(match.id) && !isInside(nonProse, match, cursor));
    const chunkLexicon: FirstUseLexicon = { scan: () => fresh, get: (id) => lexicon.get(id) };
    for (const issue of findFirstUseIssues(chunkLexicon, source, { markdown: false, ignore: options.ignore })) {
      issues.push({ ...issue, start: issue.start - shift + from, end: issue.end - shift + from });
    }
    for (const match of fresh) seen.add(match.id);
    carry = options.markdown ? openConstructAtEnd(source, nonProse) : '';
    yield to;
  }
  return issues;
}

/** The whole check at once (for documents within the size limit). */
export function findFirstUses(lexicon: Lexicon, text: string, options: FirstUseCheckOptions): FirstUseIssue[] {
  const steps = firstUseSteps(lexicon, text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

/**
 * The check in steps, awaiting `pause()` between chunks (the adapter yields to the event loop there). Resolves to
 * undefined as soon as `token` is cancelled.
 */
export async function findFirstUsesInSteps(
  lexicon: Lexicon,
  text: string,
  options: FirstUseCheckOptions,
  token: CancellationLike,
  pause: () => Promise<void>,
): Promise<FirstUseIssue[] | undefined> {
  const steps = firstUseSteps(lexicon, text, options);
  for (;;) {
    if (token.isCancellationRequested) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The diagnostic message for an issue. */
export function firstUseMessage(issue: FirstUseIssue, t: Translate = english): string {
  return t("'{0}' is used before it is defined. Write '{1}' at its first use.", issue.form, definedForm({ form: issue.form, expansion: issue.expansion } as never, issue.form));
}

/** The title of the quick fix that defines an acronym in place. */
export function expandTitle(expansion: string, form: string, t: Translate = english): string {
  return t("Expand to '{0}'", `${expansion} (${form})`);
}

/** Heuristic for binary content: a NUL character in the first 8 KiB (text documents practically never have one). */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
