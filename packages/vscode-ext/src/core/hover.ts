// Hover content for the acronym or term under a position. Every piece of lexicon data is Markdown-escaped: the
// only link in a hover is the extension's own "open passage" command link, whose argument is URI-encoded, and the
// adapter trusts that one command alone.
import type { Entry, Lexicon, Match } from '@natolex/data';
import { categoryLabel, entryName, entrySource, isAcronym, isTerm, recordTitle, statusOf } from './describe.js';
import { commandUri, escapeMarkdown } from './escape.js';
import { matchAround } from './locate.js';
import { english, type Translate } from './translate.js';

export const OPEN_PASSAGE_COMMAND = 'natolex.openPassage';

export interface HoverOptions {
  t?: Translate;
  /** Where an entry comes from when it is not the bundled corpus, e.g. "team.natolex.json". */
  originOf?: (id: string) => string | undefined;
  /** Leave out the command link (for hosts that cannot run commands). */
  noLinks?: boolean;
}

export interface HoverContent {
  /** The hovered match, offsets in the text given. */
  start: number;
  end: number;
  id: string;
  markdown: string;
}

/** The hover for the acronym or term covering `offset` in `text`, or undefined. */
export function hoverAt(lexicon: Lexicon, text: string, offset: number, options: HoverOptions = {}): HoverContent | undefined {
  const match = matchAround(lexicon, text, offset);
  if (!match) return undefined;
  const entry = lexicon.get(match.id);
  if (!isAcronym(entry) && !isTerm(entry)) return undefined;
  return { start: match.start, end: match.end, id: match.id, markdown: describeEntry(lexicon, entry, match, options) };
}

const MAX_RELATED = 8;

/** The Markdown description of an entry as matched in a text (or as its own name when `match` is undefined). */
export function describeEntry(lexicon: Lexicon, entry: Entry, match: Pick<Match, 'text'> | undefined, options: HoverOptions = {}): string {
  const t = options.t ?? english;
  const written = match?.text ?? entryName(entry);
  const blocks: string[] = [];

  if (isAcronym(entry)) {
    blocks.push(`**${escapeMarkdown(written)}** — ${escapeMarkdown(entry.expansion)}  \n_${escapeMarkdown(t('acronym'))}_`);
  } else if (isTerm(entry)) {
    const heading = written === entry.term ? `**${escapeMarkdown(entry.term)}**` : `**${escapeMarkdown(written)}** — ${escapeMarkdown(entry.term)}`;
    blocks.push(`${heading}  \n_${escapeMarkdown(categoryLabel(entry.category, t))}_`);
  }

  const status = statusOf(lexicon, entry, written);
  if (status.status === 'deprecated' || status.status === 'superseded') {
    const label = status.status === 'deprecated' ? t('Deprecated') : t('Superseded');
    const instead = status.preferredName === undefined ? '' : ` ${t('Use instead: {0}', `**${escapeMarkdown(status.preferredName)}**`)}`;
    blocks.push(`⚠ **${escapeMarkdown(label)}.**${instead}`);
  }

  if (entry.definition !== undefined) blocks.push(escapeMarkdown(entry.definition));
  if (isTerm(entry) && entry.aliases && entry.aliases.length > 0) {
    blocks.push(`${escapeMarkdown(t('Also written:'))} ${entry.aliases.map((alias) => escapeMarkdown(alias)).join(', ')}`);
  }
  if (isAcronym(entry) && entry.variants && entry.variants.length > 0) {
    blocks.push(`${escapeMarkdown(t('Also written:'))} ${entry.variants.map((variant) => escapeMarkdown(variant.form)).join(', ')}`);
  }

  const related = (entry.related ?? []).filter((id) => lexicon.get(id) !== undefined);
  if (related.length > 0) {
    const names = related.slice(0, MAX_RELATED).map((id) => escapeMarkdown(recordTitle(lexicon, id)));
    if (related.length > MAX_RELATED) names.push('…');
    blocks.push(`${escapeMarkdown(t('Related:'))} ${names.join(' · ')}`);
  }

  const source = entrySource(lexicon, entry);
  if (source) {
    const label = escapeMarkdown(source.label);
    const link = source.snippetId === undefined || options.noLinks ? label : `[${label}](${commandUri(OPEN_PASSAGE_COMMAND, [source.snippetId])} "${escapeMarkdown(t('Open the passage'))}")`;
    blocks.push(`${escapeMarkdown(t('Source:'))} ${link}`);
  }
  const origin = options.originOf?.(entry.id);
  if (origin !== undefined) blocks.push(`${escapeMarkdown(t('From glossary:'))} ${escapeMarkdown(origin)}`);
  return blocks.join('\n\n');
}
