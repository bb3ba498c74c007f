// CSV import: one row per term (see columns.ts), grouped into concepts by concept_id. Cells the schema has no
// place for (unknown columns, a second definition in one language) are listed in the report with their line:col.
import type { Lexicon, Status, SubjectField, TermType } from '@natolex/schema';
import { STATUSES, SUBJECT_FIELDS, TERM_TYPES } from '../model.js';
import { ImportError, Report, type ReportEntry } from '../report.js';
import { assembleLexicon, collapseSpace, type DraftConcept } from '../import/assemble.js';
import { CSV_COLUMNS, type CsvColumn } from './columns.js';
import { readCsv, unguardCell, type CsvField } from './rfc4180.js';

export interface CsvImportOptions {
  /** The glossary's name (e.g. from the file name). */
  name?: string;
  /** The language of rows with an empty language cell (default "en"). */
  language?: string;
}

export interface CsvImport {
  document: Lexicon;
  report: ReportEntry[];
}

const KNOWN = new Set<string>(CSV_COLUMNS);

export function importCsv(text: string, options: CsvImportOptions = {}): CsvImport {
  const rows = readCsv(text);
  const header = rows[0];
  if (!header) throw new ImportError('the CSV file is empty (it needs a header row naming its columns)', 1, 1);
  const columns = new Map<CsvColumn, number>();
  const unknown: Array<{ index: number; field: CsvField }> = [];
  for (const [index, field] of header.entries()) {
    const name = field.value.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (KNOWN.has(name) && !columns.has(name as CsvColumn)) columns.set(name as CsvColumn, index);
    else unknown.push({ index, field });
  }
  if (!columns.has('term')) throw new ImportError(`no 'term' column in the header (columns: ${CSV_COLUMNS.join(', ')})`, 1, 1);
  const report = new Report();
  const language = options.language ?? 'en';
  const byId = new Map<string, DraftConcept>();
  // Per concept: the definition languages and the texts already read (rows repeat them), for one lookup per cell.
  const textsSeen = new Map<DraftConcept, Set<string>>();
  const concepts: DraftConcept[] = [];
  for (const row of rows.slice(1)) {
    const cell = (column: CsvColumn): CsvField | undefined => {
      const index = columns.get(column);
      const field = index === undefined ? undefined : row[index];
      return field && field.value.trim() !== '' ? { ...field, value: unguardCell(field.value.trim()) } : undefined;
    };
    const first = row[0];
    if (!first || row.every((field) => field.value.trim() === '')) continue;
    const place = (field: CsvField | undefined, column: string) => ({ path: `row ${first.line}/${column}`, line: field?.line ?? first.line, column: field?.column ?? 1 });
    for (const { index, field } of unknown) {
      const value = row[index];
      if (value && value.value.trim() !== '') report.add(`column '${field.value}'`, 'no place in the schema: left out', value.line, value.column);
    }
    if (row.length > header.length) report.add('cells beyond the header', 'no column name: left out', row[header.length]?.line ?? first.line, row[header.length]?.column ?? 1);
    const term = cell('term');
    if (!term) {
      report.add('term', 'a row without a term: left out', first.line, first.column);
      continue;
    }
    const conceptId = cell('concept_id')?.value;
    let concept = conceptId === undefined ? undefined : byId.get(conceptId);
    if (!concept) {
      concept = { ...place(term, 'term'), path: `row ${first.line}`, terms: [], texts: [], relations: [], notes: [], ...(conceptId !== undefined ? { id: conceptId } : {}) };
      concepts.push(concept);
      if (conceptId !== undefined) byId.set(conceptId, concept);
    }
    const rowLanguage = cell('language')?.value;
    const type = enumCell(cell('type'), TERM_TYPES, 'type', 'fullForm', report);
    const status = enumCell(cell('status'), STATUSES, 'status', 'admitted', report);
    const subject = enumCell(cell('subject_field'), SUBJECT_FIELDS, 'subject_field', 'concept', report) as SubjectField | undefined;
    if (subject !== undefined) {
      if (concept.subjectField !== undefined && concept.subjectField !== subject) report.add('subject_field', `a second subject field '${subject}' for concept '${conceptId}': the first kept`, ...position(cell('subject_field')));
      concept.subjectField ??= subject;
    }
    const note = cell('term_note')?.value;
    const termId = cell('term_id')?.value;
    concept.terms.push({
      ...place(term, 'term'),
      text: term.value,
      ...(type ? { type: type as TermType } : {}),
      ...(status ? { status: status as Status } : {}),
      ...(rowLanguage !== undefined ? { language: rowLanguage } : {}),
      ...(termId !== undefined ? { id: termId } : {}),
      notes: note === undefined ? [] : [note],
      provenance: [],
    });
    for (const kind of ['definition', 'context'] as const) {
      const field = cell(kind);
      if (!field) continue;
      const textLanguage = rowLanguage ?? language;
      const seen = textsSeen.get(concept) ?? textsSeen.set(concept, new Set()).get(concept)!;
      const key = `${kind}\u0000${textLanguage}\u0000${collapseSpace(field.value)}`;
      if (seen.has(key)) continue; // repeated on each row
      seen.add(key);
      if (kind === 'definition' && seen.has(`definition\u0000${textLanguage}`)) {
        report.add('definition', `a second, different definition in '${textLanguage}' for one concept: left out`, field.line, field.column);
        continue;
      }
      if (kind === 'definition') seen.add(`definition\u0000${textLanguage}`);
      concept.texts.push({ ...place(field, kind), kind, text: field.value, ...(rowLanguage !== undefined ? { language: rowLanguage } : {}), provenance: [] });
    }
  }
  const document = assembleLexicon({ ...(options.name ? { name: options.name } : {}), fallbackName: 'Imported spreadsheet', language, concepts, sources: [], report });
  return { document, report: report.list() };
}

function position(field: CsvField | undefined): [number, number] {
  return [field?.line ?? 1, field?.column ?? 1];
}

/** An enumerated cell: the value (case-insensitive), or undefined when empty; an unknown value is reported. */
function enumCell(field: CsvField | undefined, allowed: readonly string[], column: string, fallback: string, report: Report): string | undefined {
  if (!field) return undefined;
  const match = allowed.find((value) => value.toLowerCase() === field.value.toLowerCase());
  if (match) return match;
  report.add(column, `'${field.value}' is not one of ${allowed.join(', ')}: read as ${fallback}`, field.line, field.column);
  return column === 'subject_field' ? undefined : fallback;
}
