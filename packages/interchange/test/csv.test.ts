// CSV import and export: one row per term, round trip of the corpus, the documented header, reports at line:col.
import { describe, expect, it } from 'vitest';
import { validateLexicon } from '@natolex/schema';
import { CSV_COLUMNS } from '../src/csv/columns.js';
import { exportCsv } from '../src/csv/export.js';
import { importCsv } from '../src/csv/import.js';
import { importTbx } from '../src/tbx/import.js';
import { bilingualTbx, corpus } from './support.js';

describe('CSV', () => {
  it('exports one row per term under the documented header', () => {
    const lexicon = corpus();
    const { text } = exportCsv(lexicon);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.length - 2).toBe(lexicon.concepts?.reduce((sum, concept) => sum + concept.terms.length, 0));
  });

  it('round trip: corpus → CSV → import keeps concepts, terms, statuses, subject fields and definitions', () => {
    const lexicon = corpus();
    const { document, report } = importCsv(exportCsv(lexicon).text, { name: lexicon.name ?? 'x' });
    expect(validateLexicon(document)).toMatchObject({ valid: true });
    expect(report).toEqual([]);
    const shape = (concepts: typeof lexicon.concepts) =>
      concepts?.map((concept) => ({
        id: concept.id,
        subjectField: concept.subjectField,
        terms: concept.terms.map(({ id, text, type, status, language, note }) => ({ id, text, type, status, language, note })),
        definitions: concept.definitions?.map(({ text, language }) => ({ text, language })),
      }));
    expect(shape(document.concepts)).toEqual(shape(lexicon.concepts));
  });

  it('a bilingual termbase survives TBX → CSV → import with its languages and statuses', () => {
    const fromTbx = importTbx(bilingualTbx()).document;
    const back = importCsv(exportCsv(fromTbx).text).document;
    const terms = (document: typeof back) => document.concepts?.map((concept) => concept.terms.map(({ text, type, status, language }) => [text, type, status, language]));
    expect(terms(back)).toEqual(terms(fromTbx));
    expect(back.concepts?.[0]?.definitions?.map((definition) => definition.language)).toEqual([undefined, 'fr']);
  });

  it('imports a hand-made sheet: any column order and case, defaults, and a report of what has no place', () => {
    const sheet = [
      'Term,Concept ID,Status,Type,Language,Definition,Owner',
      'Drafting Review Team,drt,preferred,fullForm,en,A team that reviews drafts.,alice',
      'DRT,drt,preferred,acronym,en,A team that reviews drafts.,',
      'Équipe de relecture,drt,,,fr,,',
      'Review Cell,drt,retired,fullForm,en,Another definition.,bob',
      "'=CMD(),,,,,,",
    ].join('\n');
    const { document, report } = importCsv(sheet);
    expect(validateLexicon(document)).toMatchObject({ valid: true });
    expect(document.concepts?.map((concept) => [concept.id, concept.terms.map((term) => `${term.text}/${term.type}/${term.status}/${term.language ?? 'en'}`)])).toEqual([
      ['concept.drt', ['Drafting Review Team/fullForm/preferred/en', 'DRT/acronym/preferred/en', 'Équipe de relecture/fullForm/preferred/fr', 'Review Cell/fullForm/admitted/en']],
      ['concept.cmd', ['=CMD()/fullForm/preferred/en']],
    ]);
    expect(report.map((entry) => `${entry.line}:${entry.column} ${entry.path}: ${entry.reason} ×${entry.count}`)).toEqual([
      "2:76 column 'Owner': no place in the schema: left out ×2",
      "5:17 status: 'retired' is not one of preferred, admitted, deprecated, superseded: read as admitted ×1",
      "5:37 definition: a second, different definition in 'en' for one concept: left out ×1",
      '4:1 row 4/term: no termType: read as fullForm ×1',
      '4:1 row 4/term: no administrativeStatus: read as admitted ×1',
      "4:1 row 4/term: no preferred term in 'fr': the first admitted term read as preferred ×1",
      '6:1 row 6/term: no termType: read as fullForm ×1',
      '6:1 row 6/term: no administrativeStatus: read as admitted ×1',
      "6:1 row 6/term: no preferred term in 'en': the first admitted term read as preferred ×1",
    ]);
  });

  it('refuses a sheet without a term column, and malformed quoting, at line:col', () => {
    expect(() => importCsv('name,id\nx,y\n')).toThrow(/^1:1: no 'term' column/);
    expect(() => importCsv('term\n"open\n')).toThrow(/^2:1: a quoted field is not closed/);
  });

  it('guards every exported cell against formula injection', () => {
    const { text } = exportCsv({ $schema: 'urn:natolex:schema:lexicon:2', concepts: [{ id: 'concept.x', subjectField: 'concept', terms: [{ text: '=1+1', type: 'fullForm', status: 'preferred', note: '@SUM(A1)' }] }] });
    expect(text.split('\r\n')[1]).toBe("concept.x,en,'=1+1,fullForm,preferred,concept,,,'@SUM(A1),");
  });
});
