// "Define ABBR before the quotation": first-use does not fire inside a quotation (the source's words), so a reader
// who first meets an acronym there is answered in the writer's own text before it. Offered only where that takes no
// new wording and leaves the quote alone:
// - the writer already uses the acronym before the quote: nothing here (first-use reports that use, with its fix);
// - the writer writes the long form before the quote without the acronym: " (ABBR)" is added after its first
//   occurrence in prose (not in a quote, code, link target, or a heading unless headings define), wrapped or not;
// - otherwise nothing: any definition would be wording natolex invented ("ABBR: Long Form.").
import type { Lexicon, Match, TextEdit } from '@natolex/data';
import type { PreparedProse } from '../markdown/documents.js';
import { firstEndingAfter, proseMatches } from '../markdown/matches.js';
import { proseModel, type ProseModel, type TextRange } from '../markdown/prose.js';
import { message, type Message } from '../messages.js';
import { DEFAULT_WELL_KNOWN } from '../rules/well-known.js';

export const DEFINE_BEFORE_QUOTE_MESSAGES = Object.freeze({
  'action.define-before-quote': "Define {0} before the quotation: '{1}'",
} as const);

export interface DefineBeforeQuoteOptions {
  /** Acronyms (as written) or entry ids that need no definition (default DEFAULT_WELL_KNOWN). */
  wellKnown?: readonly string[];
  /** Acronyms or entry ids never reported. */
  ignore?: readonly string[];
  /** Whether a definition in a heading counts (default false): then the long form may be defined in a heading. */
  headingDefinitions?: boolean;
  /** The text's prose model and matches (ProseDocuments.prepare): code actions are asked for at every cursor move. */
  prepared?: PreparedProse;
}

/** Whether [start, end) lies inside one of the sorted, disjoint ranges (binary search: a hostile draft has many). */
function inside(ranges: readonly TextRange[], start: number, end: number): boolean {
  const range = ranges[firstEndingAfter(ranges, start)];
  return range !== undefined && range.start <= start && end <= range.end;
}

/** Whether [start, end) overlaps one of the sorted, disjoint ranges. */
function overlaps(ranges: readonly TextRange[], start: number, end: number): boolean {
  const range = ranges[firstEndingAfter(ranges, start)];
  return range !== undefined && range.start < end;
}
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first occurrence of `longForm` (its words, any whitespace between them) in the writer's prose before `before`. */
function firstWriterMention(model: ProseModel, longForm: string, before: number, headings: boolean): TextRange | undefined {
  const words = longForm.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words[0] === '') return undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const block of model.blocks) {
    if (block.start >= before) break;
    if (block.quoted || (block.kind === 'heading' && !headings)) continue;
    pattern.lastIndex = 0;
    const slice = model.text.slice(block.start, Math.min(block.end, before));
    for (const found of slice.matchAll(pattern)) {
      const start = block.start + found.index;
      const end = start + found[0].length;
      if (overlaps(model.nonProse, start, end) || overlaps(model.quotations, start, end)) continue;
      if (/^\s*\(/.test(model.text.slice(end, end + 8))) continue; // "(…)" follows already: not ours to add to
      return { start, end };
    }
  }
  return undefined;
}

/** The actions for the quotation that touches [start, end] of a Markdown text: a title and the edit each. */
export function defineBeforeQuoteEdits(lexicon: Pick<Lexicon, 'scan' | 'expand'>, text: string, start: number, end: number, options: DefineBeforeQuoteOptions = {}): { title: Message; edits: TextEdit[] }[] {
  const prepared = options.prepared?.model.text === text ? options.prepared : undefined;
  const model = prepared?.model ?? proseModel(text);
  const quote = model.quotations[firstEndingAfter(model.quotations, start)];
  if (quote === undefined || quote.start > end) return [];
  const skipped = new Set([...(options.wellKnown ?? DEFAULT_WELL_KNOWN), ...(options.ignore ?? [])]);
  const matches = prepared?.matches ?? proseMatches(lexicon, model);
  const writerUses = new Set<string>();
  // The concepts whose acronym the writer already uses (a use of the long form is what this action builds on).
  for (const match of matches) if (match.kind === 'acronym' && match.end <= quote.start && !inside(model.quotations, match.start, match.end)) writerUses.add(match.id);
  const actions: { title: Message; edits: TextEdit[] }[] = [];
  const offered = new Set<string>();
  const quoted: Match[] = matches.filter((match) => match.kind === 'acronym' && quote.start <= match.start && match.end <= quote.end);
  for (const match of quoted) {
    if (offered.has(match.id) || writerUses.has(match.id) || skipped.has(match.text) || skipped.has(match.id)) continue;
    offered.add(match.id);
    const longForm = lexicon.expand(match.text);
    if (longForm === undefined) continue;
    const mention = firstWriterMention(model, longForm, quote.start, options.headingDefinitions === true);
    if (mention === undefined) continue;
    const defined = `${text.slice(mention.start, mention.end).replace(/\s+/g, ' ')} (${match.text})`;
    actions.push({ title: message(DEFINE_BEFORE_QUOTE_MESSAGES, 'action.define-before-quote', [match.text, defined]), edits: [{ start: mention.end, end: mention.end, text: ` (${match.text})` }] });
  }
  return actions;
}
