// `npm run bench:peers` (root): natolex against the tools a writer would pick instead, on the same inputs — textlint
// with textlint-rule-terminology (a word list, then [pattern, replacement] pairs) and with textlint-rule-prh, and
// cspell with the terms as a words dictionary. The peers are installed on first use, at pinned versions that run on
// Node 20, into bench/.peers (ignored by git), never into the workspace. Not part of `npm test`: it needs the
// registry once and takes minutes. Every tool runs as a whole process, as from a shell or a CI step, 3 times.
//
// They do not report the same findings: textlint-rule-terminology and prh are case-insensitive by default ("of"
// matches OF), cspell reports the words that are NOT in its dictionaries, natolex reports first-use findings of the
// terms it knows. The ratios compare the cost of running each over the same draft and term list, not their output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formsOf, loadProse, syntheticDraft, syntheticLexicon } from './synthetic.mjs';

/** Pinned peers (each declares engines.node >= 20.18 or none). */
const PEERS = { textlint: '15.8.0', 'textlint-rule-terminology': '5.2.16', 'textlint-rule-prh': '6.1.0', cspell: '9.8.0' };
const PEERS_DIR = fileURLToPath(new URL('.peers/', import.meta.url));
const CLI = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));
const ENTRIES = Number(process.env.PEERS_ENTRIES ?? 2000);
const DRAFT_BYTES = Number(process.env.PEERS_DRAFT_BYTES ?? 100_000);
const RUNS = 3;

function install() {
  const marker = path.join(PEERS_DIR, 'node_modules', '.installed.json');
  if (existsSync(marker)) return;
  mkdirSync(PEERS_DIR, { recursive: true });
  writeFileSync(path.join(PEERS_DIR, 'package.json'), `${JSON.stringify({ name: 'natolex-bench-peers', private: true, dependencies: PEERS }, null, 2)}\n`);
  console.error(`installing ${Object.entries(PEERS).map(([name, version]) => `${name}@${version}`).join(', ')} into ${PEERS_DIR}…`);
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--prefix', PEERS_DIR], { stdio: 'inherit', cwd: PEERS_DIR });
  if (run.status !== 0) throw new Error('bench:peers: npm install of the peers failed');
  writeFileSync(marker, JSON.stringify(PEERS));
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** RUNS runs of a whole process (its output goes to a pipe): [min, median, max] wall ms and its output's line count. */
function timed(command, args, cwd) {
  const times = [];
  let lines = 0;
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    const run = spawnSync(command, args, { cwd, maxBuffer: 1 << 30 });
    if (run.error) throw run.error;
    // Findings exit with 1; an exit with 1, no output and an error message is a tool that could not run.
    const failed = run.status !== 0 && (run.status !== 1 || (run.stdout.length === 0 && run.stderr.length > 0));
    if (failed) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr.toString().slice(0, 400)}`);
    times.push(performance.now() - start);
    lines = run.stdout.toString().split('\n').filter(Boolean).length;
  }
  return { ms: [Math.min(...times), median(times), Math.max(...times)].map((value) => Math.round(value)), lines };
}

install();
const bin = (name) => path.join(PEERS_DIR, 'node_modules', '.bin', name);
const prose = loadProse();
const document = syntheticLexicon(ENTRIES, 1, prose);
const terms = formsOf(document);
// Inside the peers' folder, so that textlint finds its rules and prh its dictionary from the working directory.
const folder = mkdtempSync(path.join(PEERS_DIR, 'run-'));
const write = (name, text) => writeFileSync(path.join(folder, name), text);
write('draft.md', syntheticDraft(document, DRAFT_BYTES, 2, prose));
write('glossary.json', JSON.stringify(document));
write('natolex.config.json', JSON.stringify({ glossaries: ['glossary.json'] }));
write('terms.txt', `${terms.join('\n')}\n`);
const expansionOf = new Map((document.acronyms ?? []).map((acronym) => [acronym.form, acronym.expansion]));
const regexpEscape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
write('textlint-strings.json', JSON.stringify({ rules: { terminology: { defaultTerms: false, terms } } }));
write('textlint-pairs.json', JSON.stringify({ rules: { terminology: { defaultTerms: false, terms: terms.map((term) => [regexpEscape(term), expansionOf.get(term) ?? term]) } } }));
// prh escapes "-" in string patterns, which its Unicode-mode RegExp rejects: patterns are given as /regexps/.
write('prh.yml', `version: 1\nrules:\n${terms.map((term) => `  - expected: ${JSON.stringify(expansionOf.get(term) ?? term)}\n    pattern: ${JSON.stringify(`/${regexpEscape(term)}/`)}\n`).join('')}`);
write('textlint-prh.json', JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }));
write('words.txt', `${[...new Set(terms.flatMap((term) => term.split(/[^\p{L}\p{N}]+/u)).filter(Boolean))].join('\n')}\n`);
write('cspell.json', JSON.stringify({ version: '0.2', language: 'en', dictionaryDefinitions: [{ name: 'terms', path: './words.txt' }], dictionaries: ['terms'] }));

const textlint = (config) => [bin('textlint'), ['--no-color', '--config', config, 'draft.md']];
const runs = {
  natolex: [process.execPath, [CLI, 'check', 'draft.md']],
  'textlint + terminology (strings)': textlint('textlint-strings.json'),
  'textlint + terminology (pairs)': textlint('textlint-pairs.json'),
  'textlint + prh': textlint('textlint-prh.json'),
  'cspell (terms as words)': [bin('cspell'), ['--no-progress', '--no-summary', '--config', 'cspell.json', 'draft.md']],
};
const results = {};
for (const [name, [command, args]] of Object.entries(runs)) {
  console.error(`${name}…`);
  results[name] = timed(command, args, folder);
}
rmSync(folder, { recursive: true, force: true });

console.log(`\nnatolex vs peers: ${DRAFT_BYTES} B draft, ${ENTRIES} entries (${terms.length} forms), whole processes, ${RUNS} runs (min / median / max ms)\n`);
const natolexMedian = results.natolex.ms[1];
for (const [name, { ms: [min, mid, max], lines }] of Object.entries(results)) {
  const ratio = name === 'natolex' ? '' : `  natolex ${(mid / natolexMedian).toFixed(1)}x faster`;
  console.log(`${name.padEnd(34)} ${String(min).padStart(7)} / ${String(mid).padStart(7)} / ${String(max).padStart(7)}  (${String(lines).padStart(5)} output lines)${ratio}`);
}
console.log('\nThe tools report different findings (the textlint rules are case-insensitive: "of" matches OF; cspell reports unknown words): the ratios compare cost on the same inputs, not output.');
