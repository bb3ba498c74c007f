// One whole process, as a user would run a terminology check from a shell: start node, import @natolex/data, build
// the index of one glossary (bundled corpus left out, so both tools know the same terms), scan one file and print
// every match, one per line (what `grep -F -w -o -f terms.txt draft` prints). Used by run.mjs for the grep ratio.
import { readFileSync, writeSync } from 'node:fs';
import { createLexicon } from '../dist/index.js';

const [glossaryPath, draftPath] = process.argv.slice(2);
const lexicon = createLexicon([JSON.parse(readFileSync(glossaryPath, 'utf8'))], { bundled: false });
const matches = lexicon.scan(readFileSync(draftPath, 'utf8'));
const lines = new Array(matches.length);
for (let index = 0; index < matches.length; index++) lines[index] = matches[index].text;
const output = Buffer.from(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
for (let offset = 0; offset < output.length; ) offset += writeSync(1, output, offset);
