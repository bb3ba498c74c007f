// CSV export: one row per term, in the columns of columns.ts (header first, CRLF line ends as RFC 4180 says),
// with the formula guard on every cell. The definition and the first context of the term's language are repeated
// on each row of that language, so each row reads on its own in a spreadsheet.
import type { Lexicon } from '@natolex/schema';
import { conceptsOf, languageOf } from '../model.js';
import { OmissionCounter, type Omission } from '../omitted.js';
import { toConceptLexicon } from '../upgrade.js';
import { CSV_COLUMNS, type CsvColumn } from './columns.js';
import { csvLine } from './rfc4180.js';

export interface CsvExport {
  text: string;
  omitted: Omission[];
}

/** The first item of each language (one pass: rows look theirs up by language). */
function firstByLanguage<T extends { language?: string }>(items: readonly T[], document: Lexicon): Map<string, T> {
  const first = new Map<string, T>();
  for (const item of items) {
    const language = languageOf(item, document);
    if (!first.has(language)) first.set(language, item);
  }
  return first;
}

export function exportCsv(input: unknown | readonly unknown[]): CsvExport {
  const documents = (Array.isArray(input) ? input : [input]).map(toConceptLexicon);
  const omitted = new OmissionCounter();
  let text = csvLine(CSV_COLUMNS);
  const seen = new Set<string>();
  for (const document of documents) {
    for (const concept of conceptsOf(document)) {
      if (seen.has(concept.id)) continue;
      seen.add(concept.id);
      const contextsShown = new Set<string>();
      const definitions = firstByLanguage(concept.definitions ?? [], document);
      const contexts = firstByLanguage(concept.contexts ?? [], document);
      for (const term of concept.terms) {
        const language = languageOf(term, document);
        const definition = definitions.get(language);
        const context = contexts.get(language);
        if (context) contextsShown.add(language);
        const row: Record<CsvColumn, string> = {
          concept_id: concept.id,
          language,
          term: term.text,
          type: term.type,
          status: term.status,
          subject_field: concept.subjectField,
          definition: definition?.text ?? '',
          context: context?.text ?? '',
          term_note: term.note ?? '',
          term_id: term.id ?? '',
        };
        text += csvLine(CSV_COLUMNS.map((column) => row[column]));
      }
      const languages = new Set(concept.terms.map((term) => languageOf(term, document)));
      omitted.add('contexts after the first in a language', (concept.contexts ?? []).filter((item) => languages.has(languageOf(item, document))).length - contextsShown.size);
      omitted.add('definitions and contexts in a language the concept has no term in', [...(concept.definitions ?? []), ...(concept.contexts ?? [])].filter((item) => !languages.has(languageOf(item, document))).length);
      omitted.add('relations', concept.related?.length ?? 0);
      omitted.add('notes', concept.notes?.length ?? 0);
      omitted.add('provenance of terms, definitions and contexts', [...concept.terms, ...(concept.definitions ?? []), ...(concept.contexts ?? [])].filter((item) => item.provenance !== undefined).length);
    }
  }
  return { text, omitted: omitted.list() };
}
