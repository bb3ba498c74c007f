// Hostile TBX: entity bombs, external entities, deep nesting, huge files. No DTD is read, so nothing is declared,
// fetched or expanded; nesting is bounded; time is linear (a quadratic reader would take minutes on these inputs).
import { describe, expect, it } from 'vitest';
import { importTbx, MAX_DEPTH } from '../src/tbx/import.js';

const HEADER = '<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>';
const wrap = (body: string, doctype = '') => `<?xml version="1.0"?>\n${doctype}<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">${HEADER}<text><body>${body}</body></text></tbx>`;
const entry = (term: string) => `<conceptEntry id="c"><langSec xml:lang="en"><termSec><term>${term}</term><termNote type="termType">fullForm</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>`;

describe('hostile TBX', () => {
  it('a billion-laughs entity bomb fails at its first reference, expanding nothing', () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('\n');
    const bomb = wrap(entry('&lol9;'), `<!DOCTYPE tbx [\n${lol}\n]>\n`);
    expect(() => importTbx(bomb)).toThrow(/^14:\d+: undefined entity \(natolex reads no DTD/);
  });

  it('an external entity (file or URL) is never read or fetched', () => {
    for (const system of ['file:///etc/passwd', 'http://127.0.0.1:1/secret']) {
      const xxe = wrap(entry('&xxe;'), `<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "${system}">]>\n`);
      expect(() => importTbx(xxe)).toThrow(/undefined entity/);
    }
    // An external DTD, as TBX v2 files name one, is not fetched either: the file reads without it.
    const v2 = wrap(entry('Alpha'), '<!DOCTYPE martif SYSTEM "http://127.0.0.1:1/TBXcoreStructV02.dtd">\n');
    expect(importTbx(v2).document.concepts?.[0]?.terms[0]?.text).toBe('Alpha');
    // A parameter entity in the internal subset is not processed.
    const parameter = wrap(entry('Alpha'), '<!DOCTYPE tbx [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/x.dtd"> %remote;]>\n');
    expect(importTbx(parameter).document.concepts).toHaveLength(1);
  });

  it(`nesting deeper than ${MAX_DEPTH} levels is refused at the element that goes too deep`, () => {
    const deep = wrap(`<conceptEntry id="c"><note>${'<hi>'.repeat(100_000)}x${'</hi>'.repeat(100_000)}</note></conceptEntry>`);
    expect(() => importTbx(deep)).toThrow(new RegExp(`^2:\\d+: elements nested deeper than ${MAX_DEPTH} levels`));
    const fine = wrap(`<conceptEntry id="c"><note>${'<hi>'.repeat(50)}x${'</hi>'.repeat(50)}</note><langSec xml:lang="en"><termSec><term>T</term></termSec></langSec></conceptEntry>`);
    expect(importTbx(fine).document.concepts?.[0]?.notes).toEqual(['x']);
  });

  it('stays linear: 200,000 concept entries (about 40 MB) and a 20 MB text node import in one pass', () => {
    const many = wrap(Array.from({ length: 200_000 }, (_, i) => entry(`Term ${i}`).replace('id="c"', `id="c${i}"`)).join('\n'));
    expect(many.length).toBeGreaterThan(40_000_000);
    const { document } = importTbx(many);
    expect(document.concepts).toHaveLength(200_000);
    expect(document.concepts?.[199_999]?.id).toBe('concept.c199999');
    const long = wrap(`<conceptEntry id="c"><note>${'a '.repeat(10_000_000)}</note><langSec xml:lang="en"><termSec><term>T</term></termSec></langSec></conceptEntry>`);
    expect(importTbx(long).document.concepts?.[0]?.notes?.[0]).toHaveLength(19_999_999);
  }, 120_000);

  it('many concept entries with the same id get distinct ids without quadratic probing of suffixes', () => {
    const same = wrap(Array.from({ length: 20_000 }, () => entry('Same')).join(''));
    const ids = importTbx(same).document.concepts?.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(20_000);
  }, 120_000);

  it('control characters and markup in text never reach the document as markup', () => {
    // ESC itself cannot be in XML 1.0 (a parse error); the C1 control CSI can, and is refused as term text.
    expect(() => importTbx(wrap(entry('&#x1b;[31m')))).toThrow(/malformed character entity/);
    const { document, report } = importTbx(wrap(entry('&lt;b&gt;bold&lt;/b&gt; &#x9b;31m') + entry('&lt;b&gt;')));
    expect(document.concepts?.map((concept) => concept.terms[0]?.text)).toEqual(['<b>']);
    expect(report.map((item) => item.reason)).toContain('term text with control characters or over 300 characters: left out');
  });
});
