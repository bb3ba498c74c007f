import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, discoverConfig, parseConfig } from './config.js';

describe('parseConfig', () => {
  it('accepts a valid configuration', () => {
    const text = '{ "glossaries": ["g.json"], "files": ["docs/**/*.md"], "ignore": ["NATO"], "rules": { "first-use": "warning" } }';
    expect(parseConfig(text, 'natolex.config.json', [])).toEqual({
      glossaries: ['g.json'],
      files: ['docs/**/*.md'],
      ignore: ['NATO'],
      rules: { 'first-use': 'warning' },
    });
  });

  it('reports schema problems with file:line:col and pointer, unknown keys at the key', () => {
    const text = '{\n  "rules": { "first-use": "fatal" },\n  "glosaries": []\n}';
    expect(() => parseConfig(text, 'natolex.config.json', [])).toThrow(
      new ConfigError(
        [
          "natolex.config.json:3:3  (root)  unknown property 'glosaries'",
          'natolex.config.json:2:27  /rules/first-use  must be one of "error", "warning", "info", "off", found "fatal"',
        ].join('\n'),
      ),
    );
  });

  it('reports JSON syntax errors with their position', () => {
    expect(() => parseConfig('{\n  "files": ["a",]\n}', 'c.json', [])).toThrow('c.json:2:17  invalid JSON: value expected');
  });

  it('validates the "natolex" key of package.json with pointers into it', () => {
    const text = '{ "name": "x", "natolex": { "ignore": "NATO" } }';
    expect(() => parseConfig(text, 'package.json', ['natolex'])).toThrow('package.json:1:39  /natolex/ignore  must be array, found "NATO"');
  });
});

describe('discoverConfig', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'natolex-config-'));
    await mkdir(path.join(root, 'own', 'deep', 'er'), { recursive: true });
    await mkdir(path.join(root, 'manifest', 'sub'), { recursive: true });
    await mkdir(path.join(root, 'plain'), { recursive: true });
    await writeFile(path.join(root, 'own', 'natolex.config.json'), '{ "ignore": ["OWN"] }');
    await writeFile(path.join(root, 'own', 'deep', 'package.json'), '{ "name": "no-natolex-key" }');
    await writeFile(path.join(root, 'manifest', 'package.json'), '{ "name": "m", "natolex": { "ignore": ["PKG"] } }');
    await writeFile(path.join(root, 'plain', 'package.json'), '{ "name": "plain" }');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finds natolex.config.json upward, past a package.json without a natolex key', async () => {
    const found = await discoverConfig(path.join(root, 'own', 'deep', 'er'));
    expect(found.file).toBe(path.join(root, 'own', 'natolex.config.json'));
    expect(found.directory).toBe(path.join(root, 'own'));
    expect(found.config).toEqual({ ignore: ['OWN'] });
  });

  it('finds the natolex key of package.json', async () => {
    const found = await discoverConfig(path.join(root, 'manifest', 'sub'));
    expect(found.file).toBe(path.join(root, 'manifest', 'package.json'));
    expect(found.config).toEqual({ ignore: ['PKG'] });
  });

  it('returns an empty configuration rooted at cwd when there is none', async () => {
    const found = await discoverConfig(path.join(root, 'plain'));
    // Folders above the temp dir could hold a configuration on some machine; only assert when none is found.
    if (found.file === undefined) expect(found).toEqual({ directory: path.join(root, 'plain'), config: {} });
    else expect(path.relative(root, found.file).startsWith('..')).toBe(true);
  });
});
