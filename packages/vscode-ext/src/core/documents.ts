// The read-only documents the extension opens for a passage or an entry (natolex:/passage/<id>, natolex:/entry/<id>):
// plain text, data written verbatim (a plain-text document renders nothing, so nothing needs escaping).
import type { Lexicon } from '@natolex/data';
import {
  categoryLabel,
  conceptDescription,
  headingOf,
  isConcept,
  isSnippet,
  passagePlace,
  relationLabel,
  replacementName,
  termSummary,
  termTypeLabel,
  type CitationStyleName,
} from '@natolex/language-service';
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

/**
 * The text of a concept's entry document (what a hover says, in plain text), or undefined. `id` is a concept id, or
 * a term id (a schema 1 entry id), which shows the concept as that term (its status and what to write instead).
 */
export function entryDocument(lexicon: Lexicon, id: string, t: Translate = english, origin?: string, language?: string): string | undefined {
  const concept = lexicon.get(id);
  if (!isConcept(concept)) return undefined;
  const term = concept.terms.find((candidate) => candidate.id === id);
  const description = conceptDescription(lexicon, concept, { ...(language ? { language } : {}), ...(term ? { term } : {}) });
  const { written, rest } = headingOf(description);
  const kind = [term && term.type !== 'fullForm' ? termTypeLabel(term.type, t) : undefined, categoryLabel(concept.subjectField, t)].filter(Boolean).join(' · ');
  const lines: string[] = [`${written}${rest}`, kind];
  // The deprecated rule's advice (as diagnostics and hovers give it), for the term the entry was opened by.
  const retired = description.retirement;
  if (retired) {
    const instead = replacementName(retired, description.language);
    lines.push('', `${t('Status:')} ${retired.status}${instead ? ` — ${t('Use instead: {0}', instead)}` : ''}`);
  }
  const shown = description.description;
  if (shown) {
    const other = shown.language === description.language ? '' : ` (${shown.language})`;
    lines.push('', shown.kind === 'context' ? `${t('Context:')} ${shown.text}${other}` : `${shown.text}${other}`);
  }
  for (const group of description.terms) {
    lines.push('', t('Terms ({0}):', group.language), ...group.terms.map((described) => `  ${termSummary(described, t)}`));
  }
  for (const group of description.related) {
    const names = group.targets.map((target) => target.title);
    if (group.more > 0) names.push('…');
    lines.push('', `${relationLabel(group.type, t)} ${names.join(' · ')}`);
  }
  for (const note of description.notes) lines.push('', note);
  if (description.source) lines.push('', `${t('Source:')} ${description.source.label}`);
  for (const quote of description.quotes) lines.push(`  “${quote}”`);
  if (origin) lines.push('', `${t('From glossary:')} ${origin}`);
  lines.push(`${t('Entry id:')} ${concept.id}`, '');
  return lines.join('\n');
}
