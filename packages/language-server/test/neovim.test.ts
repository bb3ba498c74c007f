// A real LSP client that is not ours: headless Neovim (Debian's neovim, 0.7.2) starts `natolex-language-server
// --stdio` on a draft, gets its diagnostics and a hover. The draft has a character outside the BMP before an acronym,
// so the underlined text shows that the server's UTF-16 columns and Neovim's conversion agree.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFolder, SERVER } from './client.js';
import { ensureNeovim } from './system-packages.js';

const SCRIPT = fileURLToPath(new URL('./neovim/client.lua', import.meta.url));
const GLOSSARY = { name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] };

interface NeovimResult {
  error?: string;
  offset_encoding?: string;
  diagnostics: Array<{ line: number; col: number; end_col: number; severity: number; code: string; source: string; message: string; text: string }>;
  hover?: string;
}

let nvim: string;
let folder: Awaited<ReturnType<typeof makeFolder>>;
let result: NeovimResult;

beforeAll(async () => {
  nvim = ensureNeovim(); // may run apt-get on a fresh machine
  folder = await makeFolder({ 'notes/draft.md': '# Notes\n\nThe DRT met. 😀 The NUC and the XQZW agreed.\n', 'team.natolex.json': JSON.stringify(GLOSSARY) });
  const home = path.join(folder.root, '.home');
  await mkdir(home, { recursive: true });
  const out = path.join(folder.root, 'out.json');
  const run = spawnSync(nvim, ['--headless', '-n', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${SCRIPT}`], {
    cwd: folder.root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, NODE: process.execPath, SERVER, ROOT: folder.root, DOC: path.join(folder.root, 'notes/draft.md'), LINE: '2', CHAR: '5', OUT: out },
  });
  if (run.error || run.status !== 0) throw new Error(`nvim failed (${run.error?.message ?? run.status ?? run.signal}): ${run.stderr}`);
  result = JSON.parse(await readFile(out, 'utf8')) as NeovimResult;
  if (process.env.NATOLEX_DEBUG) console.log(JSON.stringify(result, null, 1), run.stderr);
}, 600_000);

afterAll(async () => {
  await folder?.dispose();
});

describe('Neovim 0.7 built-in LSP client', () => {
  it('runs without error and uses UTF-16 offsets', () => {
    expect(result.error).toBeUndefined();
    expect(result.offset_encoding).toBe('utf-16');
  });

  it("shows the registry's diagnostics under the right words, with the folder's glossary and the user's settings", () => {
    const firstUses = result.diagnostics.filter((d) => d.code === 'first-use');
    expect(firstUses.map((d) => d.text)).toEqual(['DRT', 'NUC']);
    expect(firstUses[1]).toMatchObject({ line: 2, source: 'natolex', severity: 1 });
    expect(firstUses[0]!.message).toContain('Drafting Review Team (DRT)');
    // settings = { natolex = { rules = { ['unknown-acronym'] = 'off' } } }
    expect(result.diagnostics.some((d) => d.code === 'unknown-acronym')).toBe(false);
  });

  it('gets a hover for the glossary acronym', () => {
    expect(result.hover).toContain('**DRT** — Drafting Review Team');
    expect(result.hover).toContain('From glossary\\: team\\.natolex\\.json');
  });
});
