import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, readWorkspaceConfig } from './config.js';
import type { WorkspaceHost } from './host.js';

const hostOf = (files: Record<string, string | Uint8Array>): WorkspaceHost => ({
  readFile: async (uri) => {
    const file = files[uri];
    if (file === undefined) throw new Error('ENOENT');
    return typeof file === 'string' ? new TextEncoder().encode(file) : file;
  },
  listFiles: async () => [],
});

describe('parseConfig', () => {
  it('accepts the keys and points at a problem with file:line:col', () => {
    expect(parseConfig('{ "wellKnown": [], "headingDefinitions": true }', 'natolex.config.json', [])).toEqual({ wellKnown: [], headingDefinitions: true });
    expect(() => parseConfig('{\n  "wellKnown": "NATO"\n}', 'natolex.config.json', [])).toThrow(new ConfigError('natolex.config.json:2:16  /wellKnown  must be array, found "NATO"'));
  });
});

describe('readWorkspaceConfig', () => {
  it('reads natolex.config.json at the folder root, else package.json\'s "natolex" key, else nothing', async () => {
    expect(await readWorkspaceConfig(hostOf({ 'file:///ws/natolex.config.json': '{ "wellKnown": ["UN"] }' }), 'file:///ws')).toEqual({ uri: 'file:///ws/natolex.config.json', config: { wellKnown: ['UN'] } });
    expect(await readWorkspaceConfig(hostOf({ 'file:///ws/package.json': '{ "name": "x", "natolex": { "headingDefinitions": true } }' }), 'file:///ws/')).toEqual({
      uri: 'file:///ws/package.json',
      config: { headingDefinitions: true },
    });
    expect(await readWorkspaceConfig(hostOf({ 'file:///ws/package.json': '{ "name": "x" }' }), 'file:///ws')).toBeUndefined();
    expect(await readWorkspaceConfig(hostOf({}), 'file:///ws')).toBeUndefined();
  });

  it('reports a broken, non-UTF-8 or oversized file instead of using it', async () => {
    const broken = await readWorkspaceConfig(hostOf({ 'file:///ws/natolex.config.json': '{\n  "rules": { "first-use": "loud" }\n}' }), 'file:///ws');
    expect(broken?.error).toMatch(/^natolex\.config\.json:2:27 {2}\/rules\/first-use {2}must be one of/);
    expect((await readWorkspaceConfig(hostOf({ 'file:///ws/natolex.config.json': new Uint8Array([0x7b, 0xff, 0x7d]) }), 'file:///ws'))?.error).toMatch(/not UTF-8/);
    const huge = { ...hostOf({ 'file:///ws/natolex.config.json': '{}' }), stat: async () => ({ size: 2_000_000 }) };
    expect((await readWorkspaceConfig(huge, 'file:///ws'))?.error).toMatch(/larger than/);
  });
});
