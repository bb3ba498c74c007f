// Code actions from the findings of the rule registry, so every rule's fixes reach every editor with no adapter code:
// - a quick fix per fix of each finding the requested range touches ("Expand to 'NATO-Ukraine Commission (NUC)'");
// - per rule with fixable findings, one action that applies the first fix of all of them as one edit set
//   ("Expand all first uses"): a quick fix where the range touches one of them, a source action elsewhere;
// - in a Markdown quotation, "Define ABBR before the quotation" where that is clean (define-before-quote.ts), when
//   the adapter passes the lexicon.
import type { Lexicon, TextEdit } from '@natolex/data';
import type { DocumentFinding } from '../check.js';
import type { Fix } from '../rules/types.js';
import { english, message, translateMessage, type Translate } from '../messages.js';
import { MESSAGES, type RuleId } from '../rules/index.js';
import { LineIndex, type LspRange } from '../text/line-index.js';
import { isMarkdownDocument, type TextDocument } from '../workspace/policy.js';
import { DEFINE_BEFORE_QUOTE_MESSAGES, defineBeforeQuoteEdits, type DefineBeforeQuoteOptions } from './define-before-quote.js';
import { toLspEdits, type LspTextEdit } from './lsp-edits.js';
import type { ServiceState } from './state.js';

export type CodeActionKind = 'quickfix' | 'source.fixAll';

export interface CodeActionResult {
  title: string;
  kind: CodeActionKind;
  /** Offsets in the document's text, sorted, non-overlapping. */
  edits: TextEdit[];
  /** The same edits with LSP ranges. */
  lspEdits: LspTextEdit[];
  /** The findings it fixes (an adapter attaches their diagnostics). */
  findings: DocumentFinding[];
  /** The fix to apply when the editor applies "the" fix (a finding's first). */
  isPreferred?: boolean;
  /** For fix-all actions: the rule whose findings it fixes. */
  rule?: RuleId;
}

/** English templates of the titles made here (for adapters that translate). */
export const ACTION_MESSAGES = Object.freeze({
  'action.fix-all.first-use': 'Expand all first uses',
  'action.fix-all': "Fix all '{0}' findings",
  ...DEFINE_BEFORE_QUOTE_MESSAGES,
} as const);

/** What the actions that read the document itself (not its findings) need: the lexicon and the check's options. */
export interface CodeActionContext extends DefineBeforeQuoteOptions {
  lexicon: Pick<Lexicon, 'scan' | 'expand'>;
}

function fixAllTitle(rule: RuleId, t: Translate): string {
  const id = rule === 'first-use' ? 'action.fix-all.first-use' : 'action.fix-all';
  const title = message(ACTION_MESSAGES, id, [rule]);
  return translateMessage(ACTION_MESSAGES, title, t);
}

function touches(finding: DocumentFinding, start: number, end: number): boolean {
  return finding.start <= end && finding.end >= start;
}

/**
 * The first fix of each finding (unless it is manual), skipping any that would overlap one already taken (two rules
 * fixing one span): the result applies cleanly, and running it again fixes the rest. What `natolex check --fix` and
 * the fix-all actions apply. O(n log n) in the edits.
 */
export function fixAllEdits<F extends { fixes?: readonly Fix[] }>(findings: readonly F[]): { edits: TextEdit[]; findings: F[] } {
  const candidates = findings
    .filter((finding) => (finding.fixes?.[0]?.edits.length ?? 0) > 0 && !finding.fixes![0]!.manual)
    .map((finding) => ({ finding, edits: [...finding.fixes![0]!.edits].sort((a, b) => a.start - b.start || a.end - b.end) }))
    .sort((a, b) => a.edits[0]!.start - b.edits[0]!.start);
  const taken: TextEdit[] = []; // sorted by start, disjoint
  const fixed: F[] = [];
  // The first taken edit that ends after `offset` (binary search).
  const firstEndingAfter = (offset: number) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (taken[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const overlaps = (edit: TextEdit) => {
    const other = taken[firstEndingAfter(edit.start)];
    return other !== undefined && other.start < edit.end;
  };
  for (const { finding, edits } of candidates) {
    if (edits.some(overlaps)) continue;
    for (const edit of edits) {
      // After the edits ending at or before its start, and after inserts at its start (stable for inserts at one offset).
      let at = firstEndingAfter(edit.start);
      while (at < taken.length && taken[at]!.start === edit.start && taken[at]!.end === edit.start) at++;
      taken.splice(at, 0, edit);
    }
    fixed.push(finding);
  }
  return { edits: taken, findings: fixed };
}

/** The code actions for `range` of a document, given the document's findings (checkDocument's). */
export function codeActions(state: Pick<ServiceState, 'translate'>, document: TextDocument, range: LspRange, findings: readonly DocumentFinding[], context?: CodeActionContext): CodeActionResult[] {
  const t = state.translate ?? english;
  const lines = new LineIndex(document.text);
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const actions: CodeActionResult[] = [];

  for (const finding of findings) {
    if (!touches(finding, start, end)) continue;
    (finding.fixes ?? []).forEach((fix, index) => {
      const edits = [...fix.edits];
      actions.push({ title: translateMessage(MESSAGES, fix.title, t), kind: 'quickfix', edits, lspEdits: toLspEdits(lines, edits), findings: [finding], ...(index === 0 ? { isPreferred: true } : {}) });
    });
  }

  const byRule = new Map<RuleId, DocumentFinding[]>();
  for (const finding of findings) {
    if (!finding.fixes?.length || finding.fixes[0]!.manual) continue;
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  for (const [rule, ofRule] of byRule) {
    const all = fixAllEdits(ofRule);
    if (all.edits.length === 0) continue;
    const here = ofRule.some((finding) => touches(finding, start, end));
    // One finding under the cursor already has its own quick fix; "all" adds something only when there are more.
    if (here && ofRule.length < 2) continue;
    actions.push({ title: fixAllTitle(rule, t), kind: here ? 'quickfix' : 'source.fixAll', edits: all.edits, lspEdits: toLspEdits(lines, all.edits), findings: all.findings, rule });
  }

  if (context !== undefined && isMarkdownDocument(document)) {
    for (const { title, edits } of defineBeforeQuoteEdits(context.lexicon, document.text, start, end, context)) {
      actions.push({ title: translateMessage(ACTION_MESSAGES, title, t), kind: 'quickfix', edits, lspEdits: toLspEdits(lines, edits), findings: [] });
    }
  }
  return actions;
}
