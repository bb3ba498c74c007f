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
    expect(() => parseConfig('{\n  "files": ["a",]\n}', 'c.json', [])).toThrow('c.json:2:16  trailing comma is not allowed in JSON');
  });

  it('accepts a byte-order mark, counting columns after it', () => {
    expect(parseConfig('\uFEFF{ "ignore": ["NATO"] }', 'c.json', [])).toEqual({ ignore: ['NATO'] });
    expect(() => parseConfig('\uFEFF{ "ignore": "NATO" }', 'c.json', [])).toThrow('c.json:1:13  /ignore  must be array');
  });

  it('reports duplicated keys at the later one, only inside the configuration of a package.json', () => {
    expect(() => parseConfig('{\n  "files": [],\n  "files": ["b.md"]\n}', 'c.json', [])).toThrow(
      new ConfigError('c.json:3:3  /files  duplicate key "files" (JSON keeps only the last; remove one)'),
    );
    const manifest = '{ "name": "a", "name": "b", "natolex": { "ignore": [], "ignore": [] } }';
    expect(() => parseConfig(manifest, 'package.json', ['natolex'])).toThrow(
      new ConfigError('package.json:1:56  /natolex/ignore  duplicate key "ignore" (JSON keeps only the last; remove one)'),
    );
  });

  it('caps echoed values and the number of problems', () => {
    const huge = 'X'.repeat(100_000);
    let message = '';
    try {
      parseConfig(JSON.stringify({ rules: { 'first-use': huge }, [huge]: 1 }), 'c.json', []);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`unknown property '${'X'.repeat(79)}…`);
    expect(message.length).toBeLessThan(1_000);
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(() => parseConfig(JSON.stringify(many), 'c.json', [])).toThrow('c.json: … and 30 more problems');
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

  it('locates values of the configuration for messages about its paths', async () => {
    const found = await discoverConfig(path.join(root, 'manifest', 'sub'));
    // Shown as messages show it: absolute, since the file lies outside the working folder.
    expect(found.locate?.('/ignore/0')).toBe(`${path.join(root, 'manifest', 'package.json').split(path.sep).join('/')}:1:40`);
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

describe('config.schema.json', () => {
  it("is the language service's schema (the one reader's), published here too as @natolex/cli/config.schema.json", async () => {
    const { readFile } = await import('node:fs/promises');
    const here = await readFile(new URL('../config.schema.json', import.meta.url), 'utf8');
    const service = await readFile(new URL('../../language-service/config.schema.json', import.meta.url), 'utf8');
    expect(here).toBe(service);
  });
});
