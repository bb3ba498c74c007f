// Consumer smoke test: pack @natolex/schema, @natolex/interchange, @natolex/data, @natolex/language-service and @natolex/cli as npm would publish them, install the
// tarballs into a fresh project outside the repository, then run the installed `natolex` binary and import the APIs
// (ESM and CommonJS). Catches what workspace links hide: missing files, wrong exports, undeclared dependencies.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { PACKAGE_DIR, runBin } from './run-cli.js';

const PACKAGES = ['schema', 'interchange', 'data', 'language-service', 'cli'].map((name) => path.resolve(PACKAGE_DIR, '..', name));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// npm passes its own settings to scripts as npm_config_* variables (workspace, prefix, ...); a nested npm must not
// inherit them. The cache and registry settings are kept, so installs can be served from the local cache.
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_') || keep.has(key.toLowerCase())));
}

function exec(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

let consumer: string;

beforeAll(async () => {
  consumer = await mkdtemp(path.join(tmpdir(), 'natolex-consumer-'));
  const tarballs = PACKAGES.map((dir) => {
    const [info] = JSON.parse(exec(npm, ['pack', '--json', '--pack-destination', consumer], dir)) as { filename: string }[];
    return path.join(consumer, info?.filename ?? '');
  });
  await writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'natolex-consumer', private: true, type: 'module' }));
  exec(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...tarballs], consumer);
  await writeFile(
    path.join(consumer, 'draft.md'),
    '# Note\n\nThe EADRCC and the Partnership for Peace (PfP) met; PfP grew.\n\n```\nNUC\n```\n',
  );
}, 300_000);
afterAll(() => rm(consumer, { recursive: true, force: true }));

describe('installed from the packed tarballs', () => {
  it('runs the natolex binary', () => {
    const bin = path.join(consumer, 'node_modules', '@natolex', 'cli', 'dist', 'cli.js');
    expect(runBin(bin, ['--version'], consumer)).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    const run = runBin(bin, ['check', 'draft.md'], consumer);
    expect(run.stdout).toBe(
      "draft.md:3:5  error  first-use  'EADRCC' is used before it is defined; write 'Euro-Atlantic Disaster Response Coordination Centre (EADRCC)' at its first use\n" +
        '1 file checked: 1 error, 0 warnings, 0 infos\n',
    );
    expect(run.code).toBe(1);
  });

  it('links the bin into node_modules/.bin', () => {
    const shim = path.join(consumer, 'node_modules', '.bin', process.platform === 'win32' ? 'natolex.cmd' : 'natolex');
    const result = spawnSync(shim, ['lookup', 'PfP'], { cwd: consumer, encoding: 'utf8', shell: process.platform === 'win32' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('PfP — Partnership for Peace');
  });

  it('imports the data, schema and cli APIs as ESM', () => {
    const script = `
      import { lexicon, createLexicon, findFirstUseIssues, expandFirstUses, isLexiconError } from '@natolex/data';
      import { validateLexiconText, createAjv } from '@natolex/schema';
      import { runCli } from '@natolex/cli';
      const issues = findFirstUseIssues(lexicon, 'The NUC met. NATO-Ukraine Commission (NUC).', { ignore: ['NATO'] });
      let error;
      try { createLexicon({ acronyms: [{ id: 'acronym.nuc', form: 'X', expansion: 'Y' }] }); } catch (e) { error = e; }
      const out = [];
      const code = await runCli(['lookup', 'NUC'], { cwd: process.cwd(), stdout: (t) => out.push(t), stderr: () => {} });
      console.log(JSON.stringify({
        expand: lexicon.expand('NTM-I'),
        issues: issues.map((i) => [i.form, i.start]),
        edits: expandFirstUses(lexicon, 'UN CTC', { ignore: ['UN'] }),
        valid: validateLexiconText('{"concepts": []}', 'g.json').valid,
        invalid: validateLexiconText('{"concepts": [{}]}', 'g.json').errors[0].line,
        ajv: typeof createAjv().compile,
        clash: isLexiconError(error) && error.code,
        cli: [code, out.join('').split('\\n')[0]],
      }));`;
    const result = JSON.parse(exec(process.execPath, ['--input-type=module', '-e', script], consumer));
    expect(result).toEqual({
      expand: 'NATO Training Mission-Iraq',
      issues: [['NUC', 4]],
      edits: [{ start: 0, end: 6, text: 'UN Counter-Terrorism Committee (UN CTC)' }],
      valid: true,
      invalid: 1,
      ajv: 'function',
      clash: 'duplicate-id',
      cli: [0, 'NUC — NATO-Ukraine Commission'],
    });
  });

  it('requires the data and schema packages from CommonJS', () => {
    const script = `
      const { lexicon, findFirstUseIssues } = require('@natolex/data');
      const { validateLexiconText } = require('@natolex/schema');
      console.log(JSON.stringify([lexicon.expand('PfP'), findFirstUseIssues(lexicon, 'EADRCC').length, validateLexiconText('{}').valid]));`;
    expect(JSON.parse(exec(process.execPath, ['-e', script], consumer))).toEqual(['Partnership for Peace', 1, true]);
  });
});
