// What a hover answers for the acronym or term under a position: the entry as written and its expansion or category,
// whether it is retired and what to write instead (the deprecated rule's advice, retirementOf, so hovers and
// diagnostics agree), its definition, other spellings, related entries and the corpus passage it comes from
// (topic › section). Every piece of lexicon data is Markdown-escaped: the only link a hover can hold is the one the
// adapter makes for a passage (VS Code: a command link), and data can never close or add one.
import type { Entry, Lexicon, Match } from '@natolex/data';
import { english } from '../messages.js';
import { retirementOf } from '../rules/deprecated.js';
import { LineIndex, type LspPosition, type LspRange } from '../text/line-index.js';
import type { TextDocument } from '../workspace/policy.js';
import { categoryLabel, definedForm, entryName, entrySource, isAcronym, isTerm, recordTitle } from './describe.js';
import { escapeMarkdown } from './escape.js';
import { matchAround } from './locate.js';
import type { ServiceState } from './state.js';

export interface HoverOptions {
  /**
   * The link target for "the passage this entry comes from" (VS Code: commandUri('natolex.openPassage', [id])), or
   * undefined for no link (editors that cannot run commands from a hover show the place as text).
   */
  passageLink?(snippetId: string): string | undefined;
}

export interface HoverResult {
  /** The hovered acronym or term: offsets in the document, and its LSP range. */
  start: number;
  end: number;
  range: LspRange;
  /** Id of the entry. */
  id: string;
  /** CommonMark; lexicon data escaped. */
  markdown: string;
}

/** Most related entries listed before "…". */
export const MAX_RELATED = 8;

/** The hover at an LSP position of a document, or undefined away from known acronyms and terms. */
export function doHover(state: ServiceState, document: TextDocument, position: LspPosition, options: HoverOptions = {}): HoverResult | undefined {
  const lines = new LineIndex(document.text);
  const offset = lines.offsetAt(position);
  const match = matchAround(state.lexicon, document.text, offset);
  if (!match) return undefined;
  const entry = state.lexicon.get(match.id);
  if (!isAcronym(entry) && !isTerm(entry)) return undefined;
  return { start: match.start, end: match.end, range: lines.lspRange(match.start, match.end), id: match.id, markdown: describeEntry(state, entry, match, options) };
}

/** The name of the entry to write instead, as a hover shows it: an acronym with its expansion. */
function replacementName(lexicon: Lexicon, preferredId: string | undefined, replacement: string | undefined): string | undefined {
  const preferred = preferredId === undefined ? undefined : lexicon.get(preferredId);
  if (isAcronym(preferred) && replacement === preferred.form) return definedForm(preferred);
  return replacement;
}

/** The Markdown description of an entry as matched in a text (or under its own name when `match` is undefined). */
export function describeEntry(state: ServiceState, entry: Entry, match: Pick<Match, 'text'> | undefined, options: HoverOptions = {}): string {
  const { lexicon } = state;
  const t = state.translate ?? english;
  const written = match?.text ?? entryName(entry);
  const blocks: string[] = [];

  if (isAcronym(entry)) {
    blocks.push(`**${escapeMarkdown(written)}** — ${escapeMarkdown(entry.expansion)}  \n_${escapeMarkdown(t('acronym'))}_`);
  } else if (isTerm(entry)) {
    const heading = written === entry.term ? `**${escapeMarkdown(entry.term)}**` : `**${escapeMarkdown(written)}** — ${escapeMarkdown(entry.term)}`;
    blocks.push(`${heading}  \n_${escapeMarkdown(categoryLabel(entry.category, t))}_`);
  }

  const retired = retirementOf(lexicon, entry, written);
  if (retired) {
    const label = retired.status === 'deprecated' ? t('Deprecated') : t('Superseded');
    const name = replacementName(lexicon, retired.preferredId, retired.replacement);
    const instead = name === undefined ? '' : ` ${t('Use instead: {0}', `**${escapeMarkdown(name)}**`)}`;
    blocks.push(`⚠ **${escapeMarkdown(label)}.**${instead}`);
  }

  if (entry.definition !== undefined) blocks.push(escapeMarkdown(entry.definition));
  const spellings = isTerm(entry) ? (entry.aliases ?? []) : isAcronym(entry) ? (entry.variants ?? []).map((variant) => variant.form) : [];
  if (spellings.length > 0) blocks.push(`${escapeMarkdown(t('Also written:'))} ${spellings.map((form) => escapeMarkdown(form)).join(', ')}`);

  const related = (entry.related ?? []).filter((id) => lexicon.get(id) !== undefined);
  if (related.length > 0) {
    const names = related.slice(0, MAX_RELATED).map((id) => escapeMarkdown(recordTitle(lexicon, id)));
    if (related.length > MAX_RELATED) names.push('…');
    blocks.push(`${escapeMarkdown(t('Related:'))} ${names.join(' · ')}`);
  }

  const source = entrySource(lexicon, entry);
  if (source) {
    const label = escapeMarkdown(source.label);
    const target = source.snippetId === undefined ? undefined : options.passageLink?.(source.snippetId);
    // The target is the adapter's own (never data), but it still must not end the link early.
    const link = target === undefined || /[\s()<>]/.test(target) ? label : `[${label}](${target} "${escapeMarkdown(t('Open the passage'))}")`;
    blocks.push(`${escapeMarkdown(t('Source:'))} ${link}`);
  }
  const origin = state.originOf?.(entry.id);
  if (origin !== undefined) blocks.push(`${escapeMarkdown(t('From glossary:'))} ${escapeMarkdown(origin)}`);
  return blocks.join('\n\n');
}
