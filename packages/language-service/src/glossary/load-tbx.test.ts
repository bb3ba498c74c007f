// A glossary that is a termbase export (*.tbx): read through the interchange import, its parse errors at line:col.
import { describe, expect, it } from 'vitest';
import { checkGlossaries, isTbxGlossary, type GlossaryInput } from './load.js';

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
<tbxHeader><fileDesc><titleStmt><title>Termbase</title></titleStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="drt"><langSec xml:lang="en">
<termSec><term>Drafting Review Team</term><termNote type="termType">fullForm</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>DRTX</term><termNote type="termType">acronym</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
</langSec></conceptEntry>
</body></text></tbx>
`;
const input = (label: string, text: string): GlossaryInput => ({ key: `file:///w/${label}`, label, bytes: new TextEncoder().encode(text) });

describe('TBX glossaries', () => {
  it('are recognised by their extension', () => {
    expect(isTbxGlossary({ key: 'file:///w/Team.TBX', label: 'Team.TBX' })).toBe(true);
    expect(isTbxGlossary({ key: 'file:///w/team.natolex.json', label: 'team.natolex.json' })).toBe(false);
  });

  it('load over the bundled corpus like a JSON glossary', () => {
    const check = checkGlossaries([input('termbase.tbx', TBX)]);
    expect(check.files).toEqual([{ key: 'file:///w/termbase.tbx', file: 'termbase.tbx', valid: true, errors: [], omitted: 0 }]);
    expect(check.lexicon?.expand('DRTX')).toBe('Drafting Review Team');
    expect(check.loaded[0]?.document).toMatchObject({ name: 'Termbase', concepts: [{ id: 'concept.drt' }] });
  });

  it('report a parse error at its line:col, and (strict) load nothing', () => {
    const check = checkGlossaries([input('broken.tbx', TBX.replace('</langSec>', '</langSe>'))]);
    expect(check.lexicon).toBeUndefined();
    expect(check.files[0]?.errors).toEqual([{ file: 'broken.tbx', line: 8, column: 9, pointer: '', keyword: 'tbx', message: 'unexpected close tag.' }]);
  });

  it('report an entity bomb or an external entity as an error, expanding nothing', () => {
    const bomb = TBX.replace('<tbx ', '<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<tbx ').replace('Drafting Review Team', '&x;');
    const check = checkGlossaries([input('bomb.tbx', bomb)], { mode: 'partial' });
    expect(check.files[0]?.errors[0]).toMatchObject({ line: 7, keyword: 'tbx', message: expect.stringMatching(/^undefined entity/) });
    expect(check.lexicon?.expand('DRTX')).toBeUndefined();
  });

  it('refuse bytes that are not UTF-8', () => {
    const bytes = new TextEncoder().encode(TBX);
    bytes[TBX.indexOf('Drafting')] = 0xff;
    expect(checkGlossaries([{ key: 'k', label: 'g.tbx', bytes }]).files[0]?.errors[0]).toMatchObject({ keyword: 'encoding' });
  });
});
