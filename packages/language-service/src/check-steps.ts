// The rule registry over a huge document, in steps: each step checks one chunk (workspace policy's chunkRanges: cut
// after blank lines, so no Markdown inline construct crosses a border) and the adapter yields to its event loop
// between steps, or stops when the document changes again. A fenced code block or HTML comment still open at the end
// of a chunk is carried into the next. What one chunk needs of the earlier ones is carried too: an acronym used
// there needs no first-use definition here, an unknown token reported there is not reported again. Comparisons
// between two definitions in different chunks (inconsistent-expansion, redundant-definition) are not made.
import { findMarkdownNonProse, type Lexicon, type NonProseRange } from '@natolex/data';
import { checkText, type CheckOptions, type Finding } from './check.js';
import { DEFAULT_WELL_KNOWN } from './rules/well-known.js';
import { chunkRanges } from './workspace/policy.js';

export interface StepCheckOptions extends CheckOptions {
  /** Characters per step (default DEFAULT_CHUNK_SIZE). */
  chunkSize?: number;
}

export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

const FENCE_LINE = /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})[^\r\n]*/;

/** The opening of a code block or comment still open at the end of `source`, to prefix the next chunk with. */
function openConstructAtEnd(source: string, nonProse: readonly NonProseRange[]): string {
  const last = nonProse[nonProse.length - 1];
  if (!last || last.end < source.length) return '';
  const rest = source.slice(last.start);
  if (rest.startsWith('<!--')) return rest.includes('-->', 4) ? '' : '<!--';
  const fence = FENCE_LINE.exec(rest);
  if (!fence) return '';
  const lines = rest.split(/\r?\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  const run = fence[1] as string;
  const closing = lines.length > 1 ? /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1] as string) : null;
  const closed = closing !== null && (closing[1] as string)[0] === run[0] && (closing[1] as string).length >= run.length;
  return closed ? '' : `${fence[0]}\n`;
}

function shifted(finding: Finding, by: number): Finding {
  const moved = { ...finding, start: finding.start + by, end: finding.end + by };
  if (finding.fixes) moved.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + by, end: edit.end + by })) }));
  return moved;
}

/**
 * checkText as a sequence of steps: each `next()` checks one chunk and yields the offset it reached; the return value
 * is the findings, sorted, with offsets in `text`.
 */
export function* checkTextInSteps(lexicon: Lexicon, text: string, options: StepCheckOptions): Generator<number, Finding[], void> {
  const { chunkSize, ...check } = options;
  const wellKnown = new Set(check.wellKnown ?? DEFAULT_WELL_KNOWN);
  const reportedTokens = new Set<string>();
  const findings: Finding[] = [];
  let carry = '';
  for (const [from, to] of chunkRanges(text, chunkSize)) {
    const source = carry + text.slice(from, to);
    const shift = carry.length;
    for (const finding of checkText(lexicon, source, { ...check, wellKnown: [...wellKnown] })) {
      if (finding.start < shift) continue; // in the carried opening: reported with the chunk before
      if (finding.rule === 'unknown-acronym') {
        const token = source.slice(finding.start, finding.end);
        if (reportedTokens.has(token)) continue;
        reportedTokens.add(token);
      }
      findings.push(shifted(finding, from - shift));
    }
    const nonProse = check.markdown ? findMarkdownNonProse(source) : [];
    let cursor = 0;
    for (const match of lexicon.scan(source)) {
      while (cursor < nonProse.length && (nonProse[cursor] as NonProseRange).end <= match.start) cursor++;
      const range = nonProse[cursor];
      if (match.kind !== 'acronym' || match.start < shift || (range !== undefined && range.start <= match.start)) continue;
      wellKnown.add(match.id); // used (defined, or reported) here: later uses need no definition
    }
    carry = check.markdown ? openConstructAtEnd(source, nonProse) : '';
    yield to;
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/**
 * The check in steps, awaiting `pause()` between chunks (the adapter yields to its event loop there). Resolves to
 * undefined as soon as `token` is cancelled.
 */
export async function checkTextInPauses(lexicon: Lexicon, text: string, options: StepCheckOptions, token: CancellationLike, pause: () => Promise<void>): Promise<Finding[] | undefined> {
  const steps = checkTextInSteps(lexicon, text, options);
  for (;;) {
    if (token.isCancellationRequested) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
