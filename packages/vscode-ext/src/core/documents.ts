// The read-only documents the extension opens for a passage or an entry (natolex:/passage/<id>, natolex:/entry/<id>):
// plain text, data written verbatim (a plain-text document renders nothing, so nothing needs escaping).
import type { Lexicon } from '@natolex/data';
import { categoryLabel, definedForm, entrySource, isAcronym, isSnippet, isTerm, passagePlace, recordTitle, retirementOf, type CitationStyleName } from '@natolex/language-service';
import { english, type Translate } from './translate.js';

/** The text of the passage document, or undefined for an unknown id. */
export function passageDocument(lexicon: Lexicon, id: string, style: CitationStyleName, t: Translate = english): string | undefined {
  const snippet = lexicon.get(id);
  if (!isSnippet(snippet)) return undefined;
  const place = passagePlace(lexicon, snippet);
  let citation: string;
  try {
    citation = lexicon.cite(id, { style });
  } catch {
    citation = t('(no source record to cite)');
  }
  const footnotes = (snippet.footnotes ?? []).map((footnote) => lexicon.get(footnote)).filter(isSnippet).map((footnote) => footnote.text);
  return [place.label, '', snippet.text, ...footnotes.flatMap((text) => ['', text]), '', `${t('Source:')} ${citation}`, `${t('Passage id:')} ${id}`, ''].join('\n');
}

/** The text of the entry document (what a hover says, in plain text), or undefined. */
export function entryDocument(lexicon: Lexicon, id: string, t: Translate = english, origin?: string): string | undefined {
  const entry = lexicon.get(id);
  if (!isAcronym(entry) && !isTerm(entry)) return undefined;
  const lines: string[] = [];
  if (isAcronym(entry)) lines.push(`${entry.form} — ${entry.expansion}`, t('acronym'));
  else lines.push(entry.term, categoryLabel(entry.category, t));
  // The deprecated rule's advice (as diagnostics and hovers give it), for the entry under its own name.
  const retired = retirementOf(lexicon, entry, isAcronym(entry) ? entry.form : entry.term);
  if (retired) {
    const preferred = retired.preferredId === undefined ? undefined : lexicon.get(retired.preferredId);
    const instead = isAcronym(preferred) && retired.replacement === preferred.form ? definedForm(preferred) : retired.replacement;
    lines.push('', `${t('Status:')} ${retired.status}${instead ? ` — ${t('Use instead: {0}', instead)}` : ''}`);
  }
  if (entry.definition) lines.push('', entry.definition);
  if (isAcronym(entry) && entry.variants?.length) lines.push('', `${t('Also written:')} ${entry.variants.map((variant) => variant.form).join(', ')}`);
  if (isTerm(entry) && entry.aliases?.length) lines.push('', `${t('Also written:')} ${entry.aliases.join(', ')}`);
  if (entry.related?.length) lines.push('', `${t('Related:')} ${entry.related.map((related) => recordTitle(lexicon, related)).join(' · ')}`);
  for (const note of entry.notes ?? []) lines.push('', note);
  const source = entrySource(lexicon, entry);
  if (source) lines.push('', `${t('Source:')} ${source.label}`);
  for (const provenance of entry.provenance ?? []) lines.push(`  “${provenance.quote}”`);
  if (origin) lines.push('', `${t('From glossary:')} ${origin}`);
  lines.push(`${t('Entry id:')} ${id}`, '');
  return lines.join('\n');
}
