// Packs @natolex/schema and @natolex/data as npm would publish them, installs the tarballs into a throwaway project
// and uses them from ESM, CommonJS and TypeScript (moduleResolution node16 and bundler). Also runs publint and
// @arethetypeswrong/cli on both packages. Needs the packages built (`npm run build`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const dataDir = fileURLToPath(new URL('../..', import.meta.url));
const schemaDir = join(dataDir, '..', 'schema');
const requireFromHere = createRequire(import.meta.url);
const tsc = requireFromHere.resolve('typescript/bin/tsc');
const publint = join(dataDir, '..', '..', 'node_modules', 'publint', 'src', 'cli.js');
const attw = join(dataDir, '..', '..', 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');

let workDir = '';
let projectDir = '';

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${failure.stdout ?? ''}\n${failure.stderr ?? failure.message}`);
  }
}

const files: Record<string, string> = {
  'esm.mjs': `
import { lookup, expand, scan, createLexicon, LexiconError, matchAt, describeConcept } from '@natolex/data';
import corpus from '@natolex/data/lexicon.json' with { type: 'json' };
import { validateLexicon } from '@natolex/schema';
const matches = scan('The NATO-Ukraine Commission (NUC) met.');
let error;
try { createLexicon([{ acronyms: [{ id: 'x' }] }]); } catch (caught) { error = caught; }
console.log(JSON.stringify({
  concept: lookup('NUC')?.concept.id, term: lookup('NUC')?.term.id, expand: expand('NUC'), ids: matches.map((match) => match.id),
  hover: matchAt(matches, 30)?.text, corpusValid: validateLexicon(corpus).valid, described: typeof describeConcept(lookup('KFOR').concept)?.text,
  concepts: corpus.concepts.length, lexiconError: error instanceof LexiconError && error.pointer,
  upgraded: createLexicon([{ acronyms: [{ id: 'a.x', form: 'XQ', expansion: 'Ex Que' }] }]).upgraded,
}));
`,
  'cjs.cjs': `
const { lookup, expand, scan, isLexiconError, createLexicon, cite } = require('@natolex/data');
const corpus = require('@natolex/data/lexicon.json');
const { validateLexicon } = require('@natolex/schema');
let error;
try { createLexicon([{ acronyms: [{ id: 'x' }] }]); } catch (caught) { error = caught; }
console.log(JSON.stringify({
  concept: lookup('NUC')?.concept.id, term: lookup('NUC')?.term.id, expand: expand('NUC'), ids: scan('The NATO-Ukraine Commission (NUC) met.').map((match) => match.id),
  corpusValid: validateLexicon(corpus).valid, concepts: corpus.concepts.length, lexiconError: isLexiconError(error) && error.pointer,
  resolved: require.resolve('@natolex/data/lexicon.json').endsWith('lexicon.json'),
  cited: cite('snippet.un.p23', { style: 'apa', form: 'citation' }), bibtex: cite('source.un', { style: 'bibtex' }).split('\\n')[0],
  style: require('node:fs').readFileSync(require.resolve('@natolex/data/styles/apa.csl'), 'utf8').includes('<style'),
}));
`,
  'typed.mts': `
import { lookup, scan, createLexicon, cite, preferredTerm, type LookupResult, type Match, type LexiconDocument, type LexiconV1, type SearchHit, type ConceptTerm } from '@natolex/data';
import corpus from '@natolex/data/lexicon.json' with { type: 'json' };
import { validateLexicon, type Lexicon } from '@natolex/schema';
const entry: LookupResult | undefined = lookup('NUC');
const preferred: ConceptTerm | undefined = entry && preferredTerm(entry.concept, { type: 'fullForm' });
const matches: Match[] = scan('NUC');
const term: ConceptTerm | undefined = matches[0]?.term;
const document: LexiconDocument = { concepts: [{ id: 'c.x', subjectField: 'concept', terms: [{ text: 'X', type: 'acronym', status: 'preferred' }] }] };
const old: LexiconV1 = { acronyms: [{ id: 'a.x', form: 'XQ', expansion: 'Ex' }] };
createLexicon([document, old]);
const schemaDocument: Lexicon = document;
const hits: SearchHit[] = createLexicon([document]).search('x');
const citation: string = cite('source.ukraine', { style: 'apa' });
// @ts-expect-error styles are a closed union
cite('source.ukraine', { style: 'mla' });
export const checked = [entry, preferred, matches, term, hits, citation, validateLexicon(corpus).valid, schemaDocument, corpus.concepts.length];
`,
  'typed.cts': `
import data = require('@natolex/data');
const expansion: string | undefined = data.expand('NUC');
export = expansion;
`,
  'tsconfig.node16.json': JSON.stringify({
    // module node20 is the node16 resolution family with import attributes (needed for the JSON import).
    compilerOptions: { module: 'node20', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, resolveJsonModule: true, types: [] },
    files: ['typed.mts', 'typed.cts'],
  }),
  'tsconfig.bundler.json': JSON.stringify({
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', strict: true, noEmit: true, resolveJsonModule: true, types: [] },
    files: ['typed.mts'],
  }),
};

beforeAll(() => {
  for (const [dir, built] of [
    [dataDir, 'dist/index.js'],
    [dataDir, 'dist/lexicon.json'],
    [schemaDir, 'dist/index.js'],
  ] as const) {
    if (!existsSync(join(dir, built))) throw new Error(`${join(dir, built)} is missing: run \`npm run build\` first`);
  }
  workDir = mkdtempSync(join(tmpdir(), 'natolex-consumer-'));
  run('npm', ['pack', '--silent', '--pack-destination', workDir], schemaDir);
  run('npm', ['pack', '--silent', '--pack-destination', workDir], dataDir);
  const tarballs = readdirSync(workDir).filter((name) => name.endsWith('.tgz'));
  expect(tarballs).toHaveLength(2);
  projectDir = join(workDir, 'project');
  run('mkdir', ['-p', projectDir], workDir);
  writeFileSync(join(projectDir, 'package.json'), JSON.stringify({ name: 'natolex-consumer', private: true, version: '0.0.0' }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(projectDir, name), content);
  // Dependencies of the tarballs (ajv, …) come from the npm cache when it has them, else from the registry.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs.map((name) => join(workDir, name))], projectDir);
}, 180_000);

afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

describe('consumer project', () => {
  const expected = {
    concept: 'concept.nato-ukraine-commission',
    term: 'acronym.nuc',
    expand: 'NATO-Ukraine Commission',
    corpusValid: true,
    lexiconError: '/acronyms/0',
  };

  test('ESM import, the lexicon.json subpath and a typed LexiconError', () => {
    const result = JSON.parse(run('node', ['esm.mjs'], projectDir));
    expect(result).toMatchObject({ ...expected, hover: 'NUC', described: 'string', upgraded: [{ documentIndex: 0 }] });
    expect(result.ids).toEqual(['concept.nato-ukraine-commission', 'concept.nato-ukraine-commission']);
    expect(result.concepts).toBeGreaterThan(10);
  });

  test('CommonJS require', () => {
    const result = JSON.parse(run('node', ['cjs.cjs'], projectDir));
    expect(result).toMatchObject({ ...expected, resolved: true });
    expect(result.ids).toContain('concept.nato-ukraine-commission');
    // The CSL processor is bundled (lazily loaded) and works from CommonJS; the built-in styles ship as files.
    expect(result).toMatchObject({ cited: '(North Atlantic Treaty Organization, n.d., Disaster relief section)', bibtex: '@misc{nato-un,', style: true });
  });

  test('TypeScript, moduleResolution node16 (ESM and CJS files)', () => {
    run('node', [tsc, '-p', 'tsconfig.node16.json'], projectDir);
  });

  test('TypeScript, moduleResolution bundler', () => {
    run('node', [tsc, '-p', 'tsconfig.bundler.json'], projectDir);
  });

  test('both packages come from the local tarballs (never from a registry)', () => {
    const installed = JSON.parse(readFileSync(join(projectDir, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string }>;
    };
    const natolex = Object.entries(installed.packages).filter(([path]) => path.includes('@natolex/'));
    expect(natolex.map(([path]) => path).sort()).toEqual(['node_modules/@natolex/data', 'node_modules/@natolex/schema']);
    for (const [, entry] of natolex) expect(entry.resolved).toMatch(/^file:.*\.tgz$/);
  });

  test('the tarballs hold what the exports map promises, and no sources or tests', () => {
    const listing = run('tar', ['-tzf', join(workDir, readdirSync(workDir).find((name) => name.startsWith('natolex-data'))!)], workDir);
    for (const path of ['package/dist/index.js', 'package/dist/index.cjs', 'package/dist/index.d.ts', 'package/dist/index.d.cts', 'package/dist/lexicon.json', 'package/package.json']) {
      expect(listing).toContain(path);
    }
    expect(listing).not.toMatch(/\.test\.|package\/src\/|package\/bench\//);
  });
});

describe('package linters', () => {
  test.each([
    ['@natolex/data', dataDir],
    ['@natolex/schema', schemaDir],
  ])('publint finds no problem in %s', (_name, dir) => {
    const output = run('node', [publint, '--strict'], dir);
    expect(output).toMatch(/All good/);
  });

  // The node16 profile: node10 resolution (TypeScript's legacy "moduleResolution": "node") cannot see subpath exports
  // such as ./lexicon.json at all; every supported Node (>= 20.19) and bundler resolves them.
  test.each([
    ['@natolex/data', dataDir],
    ['@natolex/schema', schemaDir],
  ])('@arethetypeswrong/cli finds no problem in %s', (_name, dir) => {
    // attw exits non-zero when it finds a problem (run() then throws with its report).
    const output = run('node', [attw, '--pack', '.', '--profile', 'node16', '--format', 'json'], dir);
    const report = JSON.parse(output) as { analysis: { problems: { resolutionKind?: string }[] } };
    expect(report.analysis.problems.filter((problem) => problem.resolutionKind !== 'node10')).toEqual([]);
  });
});
