// What a hover answers for a term under a position: the CONCEPT it names, whichever of its terms is hovered (see
// concept.ts): the term as written with the preferred term or the acronyms, the subject field, whether the term is
// retired and what to write instead (the deprecated rule's advice, so hovers and diagnostics agree), the definition
// or the best context (marked "Context"), every term with its status, the other languages' equivalents, related
// concepts by relation and the corpus passage it comes from (topic › section). The writer's language comes first.
// Every piece of lexicon data is Markdown-escaped: the only link a hover can hold is the one the adapter makes for a
// passage (VS Code: a command link), and data can never close or add one.
import type { Concept, ConceptTerm } from '@natolex/data';
import { english, type Translate } from '../messages.js';
import { isConcept } from '../rules/deprecated.js';
import { LineIndex, type LspPosition, type LspRange } from '../text/line-index.js';
import type { TextDocument } from '../workspace/policy.js';
import { conceptDescription, headingOf, replacementName, termSummary, type ConceptDescription } from './concept.js';
import { categoryLabel, isShortForm, relationLabel, termTypeLabel } from './describe.js';
import { escapeMarkdown } from './escape.js';
import { matchAround } from './locate.js';
import type { ServiceState } from './state.js';

export { MAX_RELATED } from './concept.js';

export interface HoverOptions {
  /**
   * The link target for "the passage this entry comes from" (VS Code: commandUri('natolex.openPassage', [id])), or
   * undefined for no link (editors that cannot run commands from a hover show the place as text).
   */
  passageLink?(snippetId: string): string | undefined;
}

export interface HoverResult {
  /** The hovered term: offsets in the document, and its LSP range. */
  start: number;
  end: number;
  range: LspRange;
  /** Id of the concept. */
  id: string;
  /** CommonMark; lexicon data escaped. */
  markdown: string;
}

/** The hover at an LSP position of a document, or undefined away from known terms. */
export function doHover(state: ServiceState, document: TextDocument, position: LspPosition, options: HoverOptions = {}): HoverResult | undefined {
  const lines = new LineIndex(document.text);
  const offset = lines.offsetAt(position);
  const match = matchAround(state.lexicon, document.text, offset);
  if (!match) return undefined;
  const concept = state.lexicon.get(match.id);
  if (!isConcept(concept)) return undefined;
  const markdown = describeConceptMarkdown(state, concept, { text: match.text, term: match.term }, options);
  return { start: match.start, end: match.end, range: lines.lspRange(match.start, match.end), id: concept.id, markdown };
}

function heading(description: ConceptDescription, t: Translate): string {
  const { written, rest } = headingOf(description);
  const kind = [description.matched && isShortForm(description.matched) ? termTypeLabel(description.matched.type, t) : undefined, categoryLabel(description.concept.subjectField, t)];
  const label = kind.filter((part): part is string => part !== undefined).map((part) => escapeMarkdown(part)).join(' · ');
  return `**${escapeMarkdown(written)}**${escapeMarkdown(rest)}  \n_${label}_`;
}

function languageLabel(language: string, shown: string): string {
  return language === shown ? '' : ` (${language})`;
}

/** The blocks of a concept's description in Markdown, data escaped. */
function blocksOf(state: ServiceState, description: ConceptDescription, options: HoverOptions): string[] {
  const t = state.translate ?? english;
  const blocks = [heading(description, t)];
  const { retirement, language } = description;
  if (retirement) {
    const label = retirement.status === 'deprecated' ? t('Deprecated') : t('Superseded');
    const name = replacementName(retirement, language);
    const instead = name === undefined ? '' : ` ${t('Use instead: {0}', `**${escapeMarkdown(name)}**`)}`;
    blocks.push(`⚠ **${escapeMarkdown(label)}.**${instead}`);
  }
  const shown = description.description;
  if (shown) {
    const text = escapeMarkdown(shown.text) + escapeMarkdown(languageLabel(shown.language, language));
    blocks.push(shown.kind === 'context' ? `_${escapeMarkdown(t('Context:'))}_ ${text}` : text);
  }
  const [own, ...others] = description.terms;
  if (own && own.terms.length > 1) blocks.push(`${escapeMarkdown(t('Terms:'))} ${own.terms.map((term) => escapeMarkdown(termSummary(term, t))).join(' · ')}`);
  if (others.length > 0) {
    const rows = others.map((group) => `${escapeMarkdown(group.language)}: ${group.terms.map((term) => escapeMarkdown(termSummary(term, t))).join(' · ')}`);
    blocks.push(`${escapeMarkdown(t('In other languages:'))}  \n${rows.join('  \n')}`);
  }
  const relations = description.related.map((group) => {
    const names = group.targets.map((target) => escapeMarkdown(target.title));
    if (group.more > 0) names.push('…');
    return `${escapeMarkdown(relationLabel(group.type, t))} ${names.join(' · ')}`;
  });
  if (relations.length > 0) blocks.push(relations.join('  \n'));
  const { source } = description;
  if (source) {
    const label = escapeMarkdown(source.label);
    const target = source.snippetId === undefined ? undefined : options.passageLink?.(source.snippetId);
    // The target is the adapter's own (never data), but it still must not end the link early.
    const link = target === undefined || /[\s()<>]/.test(target) ? label : `[${label}](${target} "${escapeMarkdown(t('Open the passage'))}")`;
    blocks.push(`${escapeMarkdown(t('Source:'))} ${link}`);
  }
  const origin = state.originOf?.(description.concept.id);
  if (origin !== undefined) blocks.push(`${escapeMarkdown(t('From glossary:'))} ${escapeMarkdown(origin)}`);
  return blocks;
}

/**
 * The Markdown description of a concept as matched in a text (`written` and the term matched), or under its own name
 * when `match` is undefined: what hovers and completion details show.
 */
export function describeConceptMarkdown(state: ServiceState, concept: Concept, match: { text: string; term?: ConceptTerm } | undefined, options: HoverOptions = {}): string {
  const description = conceptDescription(state.lexicon, concept, {
    ...(state.language === undefined ? {} : { language: state.language }),
    ...(match?.term ? { term: match.term } : {}),
    ...(match ? { written: match.text } : {}),
  });
  return blocksOf(state, description, options).join('\n\n');
}
