// TBX import of files written here: a bilingual v3 termbase, the same in TBX v2 (martif, no namespace), DCT style,
// and what the schema has no place for (reported with its path and line:col, never dropped silently).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { validateLexicon } from '@natolex/schema';
import { importTbx, importTbxStream } from '../src/tbx/import.js';
import { bilingualTbx } from './support.js';

const terms = (tbx: string) => importTbx(tbx).document.concepts?.map((concept) => concept.terms.map(({ text, type, status, language }) => [text, type, status, language ?? 'en']));

describe('TBX import', () => {
  it('imports the bilingual termbase completely: languages, all four statuses, acronym/full form pairs', () => {
    const { document, report } = importTbx(bilingualTbx());
    expect(validateLexicon(document)).toMatchObject({ valid: true });
    expect(document).toMatchObject({ $schema: 'urn:natolex:schema:lexicon:2', name: 'Team termbase', language: 'en' });
    expect(terms(bilingualTbx())).toEqual([
      [
        ['Drafting Review Team', 'fullForm', 'preferred', 'en'],
        ['DRT', 'acronym', 'preferred', 'en'],
        ['Draft Review Team', 'variant', 'admitted', 'en'],
        ['Review Cell', 'fullForm', 'superseded', 'en'],
        ['RC', 'acronym', 'deprecated', 'en'],
        ['Équipe de relecture des projets', 'fullForm', 'preferred', 'fr'],
        ['ERP', 'acronym', 'preferred', 'fr'],
        ['Cellule de relecture', 'fullForm', 'deprecated', 'fr'],
        ['Équipe de relecture', 'shortForm', 'admitted', 'fr'],
      ],
      [
        ['Plain Language Unit', 'fullForm', 'preferred', 'en'],
        ['PLU', 'abbreviation', 'admitted', 'en'],
        ['Unité de langage clair', 'fullForm', 'preferred', 'fr'],
      ],
    ]);
    const [team, unit] = document.concepts ?? [];
    expect(team).toMatchObject({ id: 'concept.c1', subjectField: 'mission', related: [{ type: 'related', target: 'concept.c2' }] });
    expect(team?.terms[0]?.note).toBe('Capitalised.');
    const handbook = document.sources?.find((source) => source.title === 'Team handbook');
    expect(handbook).toMatchObject({ id: 'src-handbook', type: 'document', URL: 'https://example.org/handbook' });
    expect(team?.definitions).toEqual([
      { text: 'A team that reviews drafts.', provenance: [{ source: handbook?.id, quote: 'reviews drafts' }] },
      // The file names no source for it: none is made up.
      { text: 'Une équipe qui relit les projets.', language: 'fr' },
    ]);
    expect(team?.contexts).toEqual([{ text: 'The DRT met on Monday.' }]);
    expect(unit?.contexts).toEqual([{ text: 'L’unité a relu le texte.', language: 'fr' }]);
    // The only thing reported: the header's free text.
    expect(report).toEqual([{ path: 'tbx/tbxHeader/fileDesc/sourceDesc', reason: 'no place in the schema: left out with its content', line: 3, column: 75, count: 1 }]);
  });

  it('reads TBX v2 (martif, termEntry/langSet/tig/ntig, no namespace) to the same terms', () => {
    const v2 = `<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
<martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="e1">
  <descrip type="subjectField">body</descrip>
  <langSet xml:lang="en-US">
    <tig><term>Drafting Review Team</term><termNote type="termType">fullForm</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <ntig><termGrp><term>DRT</term><termNote type="termType">acronym</termNote></termGrp><termNote type="normativeAuthorization">admittedTerm</termNote></ntig>
  </langSet>
  <langSet xml:lang="fr"><tig><term>Équipe de relecture</term><descrip type="definition">Une équipe.</descrip></tig></langSet>
</termEntry>
</body></text></martif>`;
    const { document, report } = importTbx(v2);
    expect(validateLexicon(document)).toMatchObject({ valid: true });
    expect(document.language).toBe('en-US');
    expect(document.concepts).toEqual([
      {
        id: 'concept.e1',
        subjectField: 'body',
        terms: [
          { text: 'Drafting Review Team', type: 'fullForm', status: 'preferred' },
          { text: 'DRT', type: 'acronym', status: 'admitted' },
          { text: 'Équipe de relecture', type: 'fullForm', status: 'preferred', language: 'fr' },
        ],
        definitions: [{ text: 'Une équipe.', language: 'fr' }],
      },
    ]);
    expect(report.map((entry) => entry.reason)).toEqual([
      'no place in the schema: left out with its content',
      'no termType: read as fullForm',
      'no administrativeStatus: read as admitted',
      "no preferred term in 'fr': the first admitted term read as preferred",
    ]);
  });

  it('reads DCT style (data categories as elements of the dialect namespace)', () => {
    const dct = `<tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic" type="TBX-Basic" style="dct" xml:lang="en">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="k"><langSec xml:lang="en"><termSec><term>KFOR</term><basic:termType>acronym</basic:termType><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    expect(terms(dct)).toEqual([[['KFOR', 'acronym', 'preferred', 'en']]]);
  });

  it('lists what has no place in the schema, with the element path, line:col and count', () => {
    const tbx = `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="a"><descrip type="subjectField">Military</descrip><transacGrp><transac type="transactionType">origination</transac></transacGrp>
<langSec xml:lang="en"><termSec><term>Alpha</term><termNote type="partOfSpeech">noun</termNote><termNote type="termType">phrase</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>Al<hi type="bold">ph</hi>a one</term><termNote type="partOfSpeech">noun</termNote><termNote type="administrativeStatus">obsolete</termNote></termSec></langSec></conceptEntry>
<conceptEntry id="b"><ref type="crossReference" target="nowhere">related</ref><langSec xml:lang="en"><termSec><term> </term></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    const { document, report } = importTbx(tbx);
    expect(validateLexicon(document)).toMatchObject({ valid: true });
    expect(document.concepts?.map((concept) => concept.terms.map((term) => term.text))).toEqual([['Alpha', 'Alpha one']]);
    expect(report.map((entry) => `${entry.line}:${entry.column} ${entry.path} ×${entry.count}`)).toEqual([
      '2:22 tbx/tbxHeader/fileDesc/sourceDesc ×1',
      '3:22 tbx/text/body/conceptEntry/descrip[@type="subjectField"] ×1',
      '3:69 tbx/text/body/conceptEntry/transacGrp ×1',
      '4:51 tbx/text/body/conceptEntry/langSec/termSec/termNote[@type="partOfSpeech"] ×2',
      '4:96 tbx/text/body/conceptEntry/langSec/termSec/termNote[@type="termType"] ×1',
      '5:18 tbx/text/body/conceptEntry/langSec/termSec/term/hi[@type="bold"] ×1',
      '5:98 tbx/text/body/conceptEntry/langSec/termSec/termNote[@type="administrativeStatus"] ×1',
      '5:1 tbx/text/body/conceptEntry/langSec/termSec ×1',
      '6:102 tbx/text/body/conceptEntry/langSec/termSec ×1',
      '6:1 tbx/text/body/conceptEntry ×1',
    ]);
    expect(report.map((entry) => entry.reason)).toEqual([
      'no place in the schema: left out with its content',
      "subject field 'Military' is not a natolex subject field (operation, mission, resolution, agreement, programme, body, concept, document, post, organisation): read as 'concept'",
      'no place in the schema: left out with its content',
      'no place in the schema: left out',
      "termType 'phrase' has no natolex equivalent (fullForm, acronym, abbreviation, shortForm, variant): read as variant",
      'inline markup read as plain text',
      "administrativeStatus 'obsolete' is not a TBX-Basic status (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts): read as admitted",
      'no termType: read as fullForm',
      'empty term: left out',
      'concept entry without a usable term: left out',
    ]);
  });

  it('parse errors carry line:col and say what is wrong', () => {
    expect(() => importTbx('<tbx xml:lang="en"><text>\n  <body></text></tbx>')).toThrow(/^2:\d+: unexpected close tag/);
    expect(() => importTbx('<html/>')).toThrow(/^1:1: not a TBX file: the root element is <html>/);
    expect(() => importTbx('')).toThrow(/^1:1: document must contain a root element/);
  });

  it('reads a stream of byte chunks split anywhere (inside a multi-byte character, inside a tag)', async () => {
    const bytes = Buffer.from(bilingualTbx(), 'utf8');
    const chunks = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const streamed = await importTbxStream(Readable.from(chunks));
    expect(streamed.document).toEqual(importTbx(bilingualTbx()).document);
  });
});
