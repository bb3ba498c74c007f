// Complexity guards: one concept with 100,000 terms in as many languages, 100,000 relations, and a sheet whose
// 100,000 rows are one concept with distinct contexts. A version that looks each item up by scanning the others
// (terms per language, relations already kept, contexts already read) takes minutes here; linear ones, seconds.
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Concept, type Lexicon } from '@natolex/schema';
import { exportCsv } from '../src/csv/export.js';
import { importCsv } from '../src/csv/import.js';
import { exportSkos } from '../src/skos/export.js';
import { exportTbx } from '../src/tbx/export.js';
import { importTbx } from '../src/tbx/import.js';
import { diffLexicons } from '../src/diff/diff.js';

const N = 100_000;
const tag = (i: number) => `en-${i.toString(36)}`;

function wideLexicon(): Lexicon {
  const wide: Concept = {
    id: 'concept.wide',
    subjectField: 'concept',
    terms: Array.from({ length: N }, (_, i) => ({ text: `Term ${i}`, type: 'fullForm' as const, status: 'preferred' as const, language: tag(i) })),
    definitions: Array.from({ length: N }, (_, i) => ({ text: `Definition ${i}`, language: tag(i), provenance: [{ source: 'source.s', quote: `Definition ${i}` }] })),
    related: Array.from({ length: N }, (_, i) => ({ type: 'related' as const, target: `concept.t${i}` })),
  };
  const targets: Concept[] = Array.from({ length: N }, (_, i) => ({ id: `concept.t${i}`, subjectField: 'concept', terms: [{ text: `Target ${i}`, type: 'fullForm', status: 'preferred' }] }));
  return { $schema: SCHEMA_ID, language: 'en', sources: [{ id: 'source.s', type: 'document', title: 'S' }], concepts: [wide, ...targets] };
}

describe('linear in the number of terms, languages, relations and rows', () => {
  it('TBX export and import, CSV and SKOS export, and the diff of a concept with 100,000 languages and relations', () => {
    const lexicon = wideLexicon();
    const tbx = exportTbx(lexicon).text;
    const { document, report } = importTbx(tbx);
    expect(report.filter((entry) => !entry.path.startsWith('tbx/tbxHeader'))).toEqual([]);
    expect(document.concepts?.[0]?.terms).toHaveLength(N);
    expect(document.concepts?.[0]?.definitions).toHaveLength(N);
    expect(document.concepts?.[0]?.related).toHaveLength(N);
    expect(exportCsv(lexicon).text.split('\r\n')).toHaveLength(2 * N + 2);
    expect(exportSkos(lexicon).text).toContain(`skos:prefLabel "Term ${N - 1}"@${tag(N - 1)}`);
    expect(diffLexicons(lexicon, document).changes.filter((change) => change.kind === 'term')).toEqual([]);
  }, 240_000);

  it('a sheet of 100,000 rows of one concept with distinct contexts', () => {
    const rows = Array.from({ length: N }, (_, i) => `wide,Term ${i},en,Context number ${i}.`);
    const { document } = importCsv(['concept_id,term,language,context', ...rows].join('\n'));
    expect(document.concepts?.[0]?.contexts).toHaveLength(N);
  }, 120_000);
});
