import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHost } from './node-host.js';

let root: string;
let outside: string;
const host = createNodeHost();
const uri = (...parts: string[]) => pathToFileURL(path.join(root, ...parts)).href;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'natolex-host-'));
  outside = await mkdtemp(path.join(tmpdir(), 'natolex-outside-'));
  await writeFile(path.join(outside, 'secret.natolex.json'), '{}');
  for (const file of ['a.natolex.json', 'docs/b.natolex.json', 'node_modules/x/c.natolex.json', '.git/d.natolex.json', 'e.json']) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), '{}');
  }
  await symlink(outside, path.join(root, 'linked'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('createNodeHost', () => {
  it('lists glossaries as file URIs, skipping node_modules and VCS folders and never following symbolic links', async () => {
    expect((await host.listFiles(pathToFileURL(root).href, '**/*.natolex.json')).sort()).toEqual([uri('a.natolex.json'), uri('docs', 'b.natolex.json')]);
  });

  it('reads and stats files; a missing file has no stat, a folder is not a file', async () => {
    expect(await host.readFile(uri('e.json'))).toEqual(new TextEncoder().encode('{}'));
    expect(await host.stat!(uri('e.json'))).toEqual({ size: 2 });
    expect(await host.stat!(uri('missing.json'))).toBeUndefined();
    expect(await host.stat!(uri('docs'))).toBeUndefined();
  });

  it('refuses URIs that are not files', async () => {
    await expect(host.readFile('https://example.org/x.json')).rejects.toThrow(/not a file: URI/);
    expect(await host.stat!('vscode-vfs://github/x.json')).toBeUndefined();
  });
});
