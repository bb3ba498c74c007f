#!/usr/bin/env node
// npm run bench -w @natolex/interchange: TBX import throughput on a generated 20 MB termbase (three terms in two
// languages and a definition per concept), and TBX export of the same. Prints MB/s; asserts nothing (speed belongs
// here, not in the tests).
import { Readable } from 'node:stream';
import { exportTbx, importTbx, importTbxStream } from '../dist/index.js';

const HEADER = '<tbxHeader><fileDesc><sourceDesc><p>bench</p></sourceDesc></fileDesc></tbxHeader>';
const term = (text, type, status) => `<termSec><term>${text}</term><termNote type="termType">${type}</termNote><termNote type="administrativeStatus">${status}</termNote></termSec>`;
const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">', HEADER, '<text><body>\n'];
let size = 0;
for (let i = 0; size < 20e6; i++) {
  const entry = `<conceptEntry id="c${i}"><descrip type="subjectField">concept</descrip><langSec xml:lang="en"><descripGrp><descrip type="definition">Definition number ${i} of a generated concept.</descrip></descripGrp>${term(`Generated Term ${i}`, 'fullForm', 'preferredTerm-admn-sts')}${term(`GT${i}`, 'acronym', 'admittedTerm-admn-sts')}</langSec><langSec xml:lang="fr">${term(`Terme généré ${i}`, 'fullForm', 'preferredTerm-admn-sts')}</langSec></conceptEntry>\n`;
  parts.push(entry);
  size += Buffer.byteLength(entry);
}
parts.push('</body></text></tbx>\n');
const text = parts.join('');
const mb = Buffer.byteLength(text) / 1e6;

function time(label, run) {
  const start = performance.now();
  return Promise.resolve(run()).then((result) => {
    const seconds = (performance.now() - start) / 1000;
    console.log(`${label}: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s`);
    return result;
  });
}

const imported = await time('importTbx (text)', () => importTbx(text));
await time('importTbxStream (64 KiB chunks)', () => {
  const bytes = Buffer.from(text);
  return importTbxStream(Readable.from((function* () { for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536); })()));
});
await time('exportTbx (the imported document)', () => exportTbx(imported.document));
console.log(`${imported.document.concepts.length} concepts`);
