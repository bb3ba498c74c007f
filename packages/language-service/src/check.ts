// Runs the rule registry over one text or one document. Pure: the lexicon and the text in, findings out, sorted by
// position. Adapters decide where the text comes from and how findings are shown.
import type { Lexicon, Match, NonProseRange } from '@natolex/data';
import type { PreparedProse, ProseDocuments } from './markdown/documents.js';
import { proseMatches } from './markdown/matches.js';
import { mergeRanges, proseModel, type ProseModel } from './markdown/prose.js';
import type { Message } from './messages.js';
import { DEFAULT_SEVERITIES, RULES, type RuleId, type RuleSeverities } from './rules/index.js';
import { DEFAULT_WELL_KNOWN } from './rules/well-known.js';
import type { Fix, ReportedSeverity, RuleContext } from './rules/types.js';
import { LineIndex, type LspRange } from './text/line-index.js';
import { isMarkdownDocument, type TextDocument } from './workspace/policy.js';

export interface Finding {
  rule: RuleId;
  severity: ReportedSeverity;
  /** Offsets in the text (UTF-16 code units, `end` exclusive). */
  start: number;
  end: number;
  /** The English message. */
  message: string;
  /** The message's id and arguments, for adapters that translate (see MESSAGES). */
  messageId: string;
  messageArgs: readonly string[];
  /** Id of the lexicon entry concerned, if any. */
  entry?: string;
  /** What the finding offers to fix it, if anything (the CLI's --fix applies the first). */
  fixes?: readonly Fix[];
}

/** A finding of a document, with its LSP range (0-based lines, UTF-16 characters). */
export interface DocumentFinding extends Finding {
  range: LspRange;
}

export interface CheckOptions {
  markdown: boolean;
  /** Severity of each rule; rules left out get their default. */
  severities?: Partial<RuleSeverities>;
  /** Acronyms (as written) or entry ids never reported. */
  ignore?: readonly string[];
  /** Acronyms (as written) or entry ids that need no first-use definition (default DEFAULT_WELL_KNOWN: NATO). */
  wellKnown?: readonly string[];
  /** Whether a definition in a heading excuses the body (default false). */
  headingDefinitions?: boolean;
  /** The text's prose model and matches, already computed (ProseDocuments); ignored unless they are of this text. */
  prepared?: PreparedProse;
}

function contextFor(lexicon: Lexicon, text: string, options: CheckOptions): RuleContext {
  let nonProse: NonProseRange[] | undefined;
  const prepared = options.markdown && options.prepared?.model.text === text ? options.prepared : undefined;
  let matches: Match[] | undefined = prepared?.matches;
  let model: ProseModel | undefined = prepared?.model;
  const prose = (): ProseModel | undefined => (options.markdown ? (model ??= proseModel(text)) : undefined);
  // Computed on first use and shared: a run with only one rule on does only that rule's work.
  return {
    lexicon,
    text,
    markdown: options.markdown,
    ignore: options.ignore ?? [],
    wellKnown: options.wellKnown ?? DEFAULT_WELL_KNOWN,
    headingDefinitions: options.headingDefinitions ?? false,
    get prose() {
      return prose();
    },
    get matches() {
      const parsed = prose();
      matches ??= parsed ? proseMatches(lexicon, parsed) : lexicon.scan(text);
      return matches;
    },
    get nonProse() {
      const parsed = prose();
      nonProse ??= parsed ? mergeRanges([...parsed.nonProse, ...parsed.quotations]) : [];
      return nonProse;
    },
  };
}

function toFinding(rule: RuleId, severity: ReportedSeverity, found: { start: number; end: number; message: Message; entry?: string; fixes?: readonly Fix[] }): Finding {
  return {
    rule,
    severity,
    start: found.start,
    end: found.end,
    message: found.message.text,
    messageId: found.message.id,
    messageArgs: found.message.args,
    ...(found.entry === undefined ? {} : { entry: found.entry }),
    ...(found.fixes === undefined ? {} : { fixes: found.fixes }),
  };
}

/** Every finding of the enabled rules in `text`, sorted by position (then rule id). */
export function checkText(lexicon: Lexicon, text: string, options: CheckOptions): Finding[] {
  const context = contextFor(lexicon, text, options);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.severities?.[rule.id] ?? DEFAULT_SEVERITIES[rule.id];
    if (severity === 'off') continue;
    // One push per finding: a spread of a huge array would overflow the call stack.
    for (const found of rule.check(context)) findings.push(toFinding(rule.id, severity, found));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

export interface DocumentCheckOptions extends Omit<CheckOptions, 'markdown' | 'prepared'> {
  /** The session's per-document Markdown state: a Markdown document is re-read only where it changed. */
  documents?: ProseDocuments;
}

/** checkText for a document (Markdown by its language id or extension), with LSP ranges. */
export function checkDocument(lexicon: Lexicon, document: TextDocument, options: DocumentCheckOptions = {}): DocumentFinding[] {
  const lines = new LineIndex(document.text);
  const { documents, ...check } = options;
  const markdown = isMarkdownDocument(document);
  const prepared = markdown && documents ? documents.prepare(document.uri, document.text, lexicon) : undefined;
  return checkText(lexicon, document.text, { ...check, markdown, ...(prepared ? { prepared } : {}) }).map((finding) => ({
    ...finding,
    range: lines.lspRange(finding.start, finding.end),
  }));
}
