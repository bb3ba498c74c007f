// The checks of scripts/pack.mjs (which the release script relies on), on VSIX files built here: the zip reader, the
// required files, the bundled corpus, and the files that must never ship.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkVsix, readZip, unwantedReason } from '../../../scripts/pack.mjs';

/** A minimal zip writer (no dependencies): deflated entries, as vsce writes them, or stored ones. */
function zip(entries: Record<string, string>, { store = false } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const packed = store ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(store ? 0 : 8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const manifest = { name: 'natolex', version: '1.0.0', main: './dist/extension.cjs' };
const lexicon = { concepts: [{ terms: [{ text: 'NUC', type: 'acronym', status: 'preferred' }, { text: 'NATO-Ukraine Commission', type: 'fullForm', status: 'preferred' }] }] };
const GOOD = {
  '[Content_Types].xml': '<Types/>',
  'extension.vsixmanifest': '<PackageManifest/>',
  'extension/package.json': JSON.stringify(manifest),
  'extension/readme.md': '# natolex',
  'extension/dist/extension.cjs': 'module.exports = { corpus: "NATO-Ukraine Commission" };',
  'extension/dist/ThirdPartyNotices.txt': 'Third-party software\n\n====\nciteproc 2.4.63 — CPAL-1.0 OR AGPL-1.0\n',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'natolex-pack-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function vsix(name: string, entries: Record<string, string>, options?: { store?: boolean }): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, zip(entries, options));
  return file;
}

describe('readZip', () => {
  it('lists entries and reads deflated and stored ones', async () => {
    for (const store of [false, true]) {
      const entries = readZip(await vsix(`read-${store}.vsix`, GOOD, { store })) as { name: string; read(): Buffer }[];
      expect(entries.map((entry) => entry.name)).toEqual(Object.keys(GOOD));
      expect(entries[4]?.read().toString()).toBe(GOOD['extension/dist/extension.cjs']);
    }
  });

  it('rejects a file that is not a zip', async () => {
    const file = path.join(dir, 'not.vsix');
    await writeFile(file, 'hello');
    expect(() => readZip(file)).toThrow('is not a zip file');
  });
});

describe('checkVsix', () => {
  it('accepts the manifest, the main bundle with the corpus in it, and documentation', async () => {
    expect(checkVsix(await vsix('good.vsix', GOOD), manifest, lexicon)).toEqual(Object.keys(GOOD));
  });

  it('rejects node_modules, sources, tests, source maps and a missing main bundle', async () => {
    const bad: Record<string, string> = {
      ...GOOD,
      'extension/node_modules/ajv/package.json': '{}',
      'extension/src/extension.ts': '',
      'extension/test/suite/index.cjs': '',
      'extension/dist/extension.cjs.map': '{}',
    };
    delete bad['extension/dist/extension.cjs'];
    bad['extension/dist/other.cjs'] = 'NATO-Ukraine Commission';
    let message = '';
    try {
      checkVsix(await vsix('bad.vsix', bad), manifest, lexicon);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').map((line) => line.trim())).toEqual([
      'bad.vsix is not clean:',
      'extension/node_modules/ajv/package.json (node_modules)',
      'extension/src/extension.ts (source, test or build folder)',
      'extension/test/suite/index.cjs (source, test or build folder)',
      'extension/dist/extension.cjs.map (source map)',
      'extension/dist/extension.cjs is missing',
    ]);
  });

  it('rejects a VSIX without the licences of its bundled packages, or whose notices leave out citeproc', async () => {
    const { 'extension/dist/ThirdPartyNotices.txt': _notices, ...withoutNotices } = GOOD;
    await expect(vsix('nonotices.vsix', withoutNotices).then((file) => checkVsix(file, manifest, lexicon))).rejects.toThrow('ThirdPartyNotices.txt is missing');
    const withCiteproc = { ...GOOD, 'extension/dist/citeproc.cjs': '', 'extension/dist/ThirdPartyNotices.txt': 'ajv 8.20.0 — MIT\n' };
    await expect(vsix('nociteproc.vsix', withCiteproc).then((file) => checkVsix(file, manifest, lexicon))).rejects.toThrow('does not list citeproc');
    expect(checkVsix(await vsix('citeproc.vsix', { ...GOOD, 'extension/dist/citeproc.cjs': '' }), manifest, lexicon)).toContain('extension/dist/citeproc.cjs');
  });

  it('rejects a VSIX without a file its bundles require on first use', async () => {
    const split = { ...GOOD, 'extension/dist/extension.cjs': 'let e; module.exports = () => (e ??= require("./engine.cjs"));', 'extension/dist/engine.cjs': 'NATO-Ukraine Commission' };
    expect(checkVsix(await vsix('split.vsix', split), manifest, lexicon)).toContain('extension/dist/engine.cjs');
    const { 'extension/dist/engine.cjs': _engine, ...withoutEngine } = split;
    await expect(vsix('noengine.vsix', withoutEngine).then((file) => checkVsix(file, manifest, lexicon))).rejects.toThrow('extension/dist/extension.cjs requires ./engine.cjs, which is not packaged');
  });

  it('rejects a VSIX whose files do not contain the corpus', async () => {
    const empty = { ...GOOD, 'extension/dist/extension.cjs': 'module.exports = {};' };
    const file = await vsix('nocorpus.vsix', empty);
    expect(() => checkVsix(file, manifest, lexicon)).toThrow('no packaged file contains the corpus');
  });
});

describe('unwantedReason', () => {
  it.each([
    ['dist/index.js', undefined],
    ['dist/index.d.ts', undefined],
    ['dist/index.d.cts', undefined],
    ['raw/nato-topics-u.txt', undefined],
    ['src/index.ts', 'source, test or build folder'],
    ['dist/a.test.js', 'test file'],
    ['lib/x.ts', 'TypeScript source'],
    ['tsconfig.json', 'build configuration'],
    ['natolex-0.1.0.tgz', 'build leftover'],
  ])('%s -> %s', (file, reason) => {
    expect(unwantedReason(file)).toBe(reason);
  });
});
