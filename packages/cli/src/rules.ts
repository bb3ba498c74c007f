// The checks `natolex check` runs on one text, as a pure function: define-on-first-use (the shared checker of the
// data package), deprecated or superseded entries, and ALL-CAPS tokens no lexicon knows.
import {
  findFirstUseIssues,
  firstUseEdit,
  findMarkdownNonProse,
  type Acronym,
  type Entry,
  type Lexicon,
  type Match,
  type TextEdit,
  type NonProseRange,
} from '@natolex/data';
import { appendAll } from './append-all.js';
import type { RuleId, Severity } from './config.js';

export type ReportedSeverity = Exclude<Severity, 'off'>;

export interface Finding {
  rule: RuleId;
  severity: ReportedSeverity;
  /** Offsets in the text (UTF-16 code units, `end` exclusive). */
  start: number;
  end: number;
  message: string;
  /** Id of the lexicon entry concerned, if any. */
  entry?: string;
  /** The edit `--fix` applies for this finding, if it has one. */
  fix?: TextEdit;
}

export interface RuleDescription {
  id: RuleId;
  defaultSeverity: ReportedSeverity;
  summary: string;
}

export const RULES: readonly RuleDescription[] = [
  { id: 'first-use', defaultSeverity: 'error', summary: 'An acronym is used before it is defined as "Long Form (ABBR)" in the document.' },
  { id: 'deprecated', defaultSeverity: 'warning', summary: 'A deprecated or superseded acronym or term is used; the lexicon names the preferred one.' },
  { id: 'unknown-acronym', defaultSeverity: 'info', summary: 'An ALL-CAPS token that no lexicon knows and the document does not define.' },
];

export type RuleSeverities = Record<RuleId, Severity>;

export const DEFAULT_SEVERITIES: RuleSeverities = {
  'first-use': 'error',
  deprecated: 'warning',
  'unknown-acronym': 'info',
};

export interface CheckOptions {
  markdown: boolean;
  severities: RuleSeverities;
  /** Acronyms (as written) or entry ids never reported. */
  ignore: readonly string[];
}

/** Every finding of the enabled rules in `text`, sorted by position. */
export function checkText(lexicon: Lexicon, text: string, options: CheckOptions): Finding[] {
  const { severities } = options;
  const matches = lexicon.scan(text);
  const nonProse = options.markdown ? findMarkdownNonProse(text) : [];
  const findings: Finding[] = [];
  const firstUse = severities['first-use'];
  if (firstUse !== 'off') appendAll(findings, firstUseFindings(lexicon, text, options, firstUse));
  const deprecated = severities.deprecated;
  if (deprecated !== 'off') {
    const ignored = new Set(options.ignore);
    const candidates = proseOnly(matches, nonProse).filter((match) => !ignored.has(match.text) && !ignored.has(match.id));
    appendAll(findings, deprecatedFindings(lexicon, candidates, deprecated));
  }
  const unknown = severities['unknown-acronym'];
  if (unknown !== 'off') appendAll(findings, unknownAcronymFindings(text, matches, nonProse, options.ignore, unknown));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function firstUseFindings(lexicon: Lexicon, text: string, options: CheckOptions, severity: ReportedSeverity): Finding[] {
  return findFirstUseIssues(lexicon, text, { markdown: options.markdown, ignore: options.ignore }).map((issue) => ({
    rule: 'first-use',
    severity,
    start: issue.start,
    end: issue.end,
    message: `'${issue.form}' is used before it is defined; write '${issue.expansion} (${issue.form})' at its first use`,
    entry: issue.id,
    fix: firstUseEdit(issue),
  }));
}

/** Sorted, disjoint union of ranges. */
function mergeRanges(ranges: readonly NonProseRange[]): NonProseRange[] {
  const merged: NonProseRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** A membership test for non-decreasing offsets against sorted, disjoint ranges (one pass overall). */
function coveredBy(ranges: readonly NonProseRange[]): (offset: number) => boolean {
  let cursor = 0;
  return (offset) => {
    while (cursor < ranges.length && (ranges[cursor] as NonProseRange).end <= offset) cursor++;
    const range = ranges[cursor];
    return range !== undefined && range.start <= offset;
  };
}

function proseOnly(matches: readonly Match[], nonProse: readonly NonProseRange[]): Match[] {
  const inNonProse = coveredBy(nonProse);
  return matches.filter((match) => !inNonProse(match.start));
}

const RETIRED = new Set(['deprecated', 'superseded']);

function writtenForm(entry: Entry): string {
  return 'form' in entry ? entry.form : entry.term;
}

function deprecatedFindings(lexicon: Lexicon, matches: readonly Match[], severity: ReportedSeverity): Finding[] {
  const findings: Finding[] = [];
  for (const match of matches) {
    const entry = lexicon.get(match.id) as Entry | undefined;
    if (!entry) continue;
    const variant = 'form' in entry ? (entry as Acronym).variants?.find((v) => v.form === match.text) : undefined;
    let status: string | undefined;
    let replacement: string | undefined;
    if (entry.status && RETIRED.has(entry.status)) {
      status = entry.status;
      const preferred = entry.preferred ? (lexicon.get(entry.preferred) as Entry | undefined) : undefined;
      replacement = preferred && ('form' in preferred || 'term' in preferred) ? writtenForm(preferred) : undefined;
    } else if (variant?.status && RETIRED.has(variant.status)) {
      status = variant.status;
      replacement = writtenForm(entry);
    }
    if (!status) continue;
    findings.push({
      rule: 'deprecated',
      severity,
      start: match.start,
      end: match.end,
      message: `'${match.text}' is ${status}${replacement ? `; use '${replacement}' instead` : ''}`,
      entry: entry.id,
    });
  }
  return findings;
}

// An ALL-CAPS token: two or more capitals, digits and inner hyphens allowed ("SALW", "COVID-19"), as a whole word.
const CAPS_TOKEN = /(?<![\p{L}\p{N}_-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
// "Long Form (ABBR)" in the document itself: the writer defined the token, so it is not unknown.
const INLINE_DEFINITION = /[\p{L}\p{N}*_\])'"’”][ \t\u00a0]*\(([A-Z][A-Za-z0-9-]*)\)/gu;

function unknownAcronymFindings(
  text: string,
  matches: readonly Match[],
  nonProse: readonly NonProseRange[],
  ignore: readonly string[],
  severity: ReportedSeverity,
): Finding[] {
  const known = new Set(ignore);
  for (const definition of text.matchAll(INLINE_DEFINITION)) known.add(definition[1] as string);
  const isCovered = coveredBy(mergeRanges([...matches, ...nonProse]));
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const token of text.matchAll(CAPS_TOKEN)) {
    const value = token[0];
    const start = token.index;
    // Called for every token, in order, so the cursor in isCovered stays valid.
    if (isCovered(start)) continue;
    if ((value.match(/[A-Z]/g)?.length ?? 0) < 2 || ROMAN_NUMERAL.test(value)) continue;
    if (known.has(value) || reported.has(value)) continue;
    reported.add(value);
    findings.push({
      rule: 'unknown-acronym',
      severity,
      start,
      end: start + value.length,
      message: `'${value}' is not in the lexicon; define it in the text, add it to a glossary, or list it under "ignore"`,
    });
  }
  return findings;
}
