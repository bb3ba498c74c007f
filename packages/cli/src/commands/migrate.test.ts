// natolex migrate, run as the built executable (dist/cli.js) in throw-away folders, as users and CI run it.
import { chmod, link, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { upgradeLexicon, validateLexicon, type LexiconV1 } from '@natolex/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, natolex } from '../../test/run-cli.js';
import { canonicalJson } from './migrate.js';

const V1: LexiconV1 = {
  name: 'Team glossary',
  acronyms: [
    { id: 'acronym.kfor', form: 'KFOR', expansion: 'Kosovo Force', related: ['term.kosovo-force'], variants: [{ form: 'K-FOR', status: 'deprecated' }] },
    { id: 'acronym.sofa', form: 'SOFA', expansion: 'Status of Forces Agreement' },
  ],
  terms: [{ id: 'term.kosovo-force', term: 'Kosovo Force', category: 'operation', definition: 'A force.', notes: ['Team note.'] }],
};
const V1_TEXT = `${JSON.stringify(V1, null, 2)}\n`;
const V2_TEXT = canonicalJson(upgradeLexicon(V1));

const roots: string[] = [];
beforeAll(assertBuilt);
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

/** A fresh folder outside the repository (no configuration above it) with `files` in it. */
async function folder(files: Record<string, string | Buffer> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'natolex-migrate-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

const text = (file: string) => readFile(file, 'utf8');

describe('natolex migrate', () => {
  it('rewrites a schema 1 glossary in place: schema 2, keys sorted, two-space indent, a final newline', async () => {
    const root = await folder({ 'glossary/team.natolex.json': V1_TEXT });
    const run = natolex(['migrate', 'glossary/team.natolex.json'], root);
    expect(run).toMatchObject({ code: 0, stdout: 'glossary/team.natolex.json: migrated to schema 2 (2 concepts from 2 acronyms and 1 terms)\n', stderr: '' });
    const written = await text(path.join(root, 'glossary/team.natolex.json'));
    expect(written).toBe(V2_TEXT);
    // The team's own definition (no provenance) stays its definition.
    expect(JSON.parse(written).concepts.some((concept: { definitions?: unknown[] }) => concept.definitions?.length === 1)).toBe(true);
    expect(written.startsWith('{\n  "$schema": "urn:natolex:schema:lexicon:2",\n  "concepts": [\n')).toBe(true);
    expect(validateLexicon(JSON.parse(written)).errors).toEqual([]);
  });

  it('keeps the file mode and a byte-order mark', async () => {
    const root = await folder({ 'team.natolex.json': `\uFEFF${V1_TEXT}` });
    const file = path.join(root, 'team.natolex.json');
    await chmod(file, 0o640);
    expect(natolex(['migrate', 'team.natolex.json'], root).code).toBe(0);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await text(file)).toBe(`\uFEFF${V2_TEXT}`);
  });

  it('leaves a schema 2 glossary untouched', async () => {
    const root = await folder({ 'team.natolex.json': V2_TEXT.replace('\n', '\n\n') });
    const before = await stat(path.join(root, 'team.natolex.json'));
    expect(natolex(['migrate', 'team.natolex.json'], root)).toEqual({ code: 0, stdout: 'team.natolex.json: already schema 2; nothing to do\n', stderr: '' });
    expect(await text(path.join(root, 'team.natolex.json'))).toBe(V2_TEXT.replace('\n', '\n\n'));
    expect((await stat(path.join(root, 'team.natolex.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('--check writes nothing and exits 1 for a schema 1 glossary, 0 for a schema 2 one', async () => {
    const root = await folder({ 'v1.json': V1_TEXT, 'v2.json': V2_TEXT });
    expect(natolex(['migrate', '--check', 'v1.json'], root)).toEqual({ code: 1, stdout: 'v1.json: schema 1; `natolex migrate` would rewrite it in schema 2\n', stderr: '' });
    expect(await text(path.join(root, 'v1.json'))).toBe(V1_TEXT);
    expect(natolex(['migrate', '--check', 'v2.json'], root).code).toBe(0);
  });

  it('writes to --out instead, creating or replacing the file, and leaves the original as it was', async () => {
    const root = await folder({ 'team.natolex.json': V1_TEXT, 'out/old.json': '{}\n' });
    expect(natolex(['migrate', 'team.natolex.json', '--out', 'out/new.json'], root)).toMatchObject({ code: 0, stdout: expect.stringContaining('migrated to schema 2 to out/new.json') });
    expect(await text(path.join(root, 'out/new.json'))).toBe(V2_TEXT);
    expect(natolex(['migrate', 'team.natolex.json', '--out', 'out/old.json'], root).code).toBe(0);
    expect(await text(path.join(root, 'out/old.json'))).toBe(V2_TEXT);
    expect(await text(path.join(root, 'team.natolex.json'))).toBe(V1_TEXT);
  });

  it('reports an invalid glossary at file:line:col and writes nothing', async () => {
    const broken = '{\n  "acronyms": [\n    { "id": "acronym.x", "form": "X" }\n  ]\n}\n';
    const root = await folder({ 'bad.json': broken, 'comma.json': '{ "acronyms": [], }' });
    const run = natolex(['migrate', 'bad.json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("bad.json:3:5  /acronyms/0  must have required property 'expansion'\nnatolex migrate: bad.json is not a valid schema 1 glossary; nothing was written\n");
    expect(await text(path.join(root, 'bad.json'))).toBe(broken);
    expect(natolex(['migrate', 'comma.json'], root).stderr).toContain('comma.json:1:17  (root)  trailing comma is not allowed in JSON');
  });

  it('refuses bytes that are not UTF-8, and UTF-16, with where they are', async () => {
    const latin1 = Buffer.from('{\n  "name": "caf\xe9",\n  "acronyms": []\n}\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(V1_TEXT, 'utf16le')]);
    const root = await folder({ 'latin1.json': latin1, 'utf16.json': utf16 });
    const bad = natolex(['migrate', 'latin1.json'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('latin1.json:2:15  (root)  glossary is not valid UTF-8 (byte 0xE9 at offset 16); save it as UTF-8');
    expect(natolex(['migrate', 'utf16.json'], root).stderr).toContain('utf16.json:1:1  (root)  glossary is UTF-16 (little-endian); save it as UTF-8');
    expect(await readFile(path.join(root, 'latin1.json'))).toEqual(latin1);
  });

  it.each([
    [[], 'natolex migrate: no glossary file given'],
    [['a.json', 'b.json'], 'natolex migrate: give exactly one glossary file'],
    [['a.json', '--check', '--out', 'b.json'], 'natolex migrate: --check writes nothing: it does not take --out'],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const run = natolex(['migrate', ...args], await folder());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it('is listed in the help', async () => {
    expect(natolex(['--help'], await folder()).stdout).toContain('  migrate <glossary>    rewrite a schema 1 glossary in schema 2 (concepts)');
    expect(natolex(['migrate', '--help'], await folder()).stdout).toContain('Usage: natolex migrate [options] <glossary.json>');
  });
});

describe('natolex migrate writes only where it may (hostile repositories)', () => {
  it('refuses a glossary that is a symbolic link to a file outside the project, and leaves both alone', async () => {
    const root = await folder({ 'outside/secret.json': V1_TEXT, 'project/natolex.config.json': '{ "glossaries": ["team.natolex.json"] }\n' });
    const project = path.join(root, 'project');
    await symlink('../outside/secret.json', path.join(project, 'team.natolex.json'));
    const run = natolex(['migrate', 'team.natolex.json'], project);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('natolex migrate: team.natolex.json: not written: the configuration names a file outside the project (its folder)\n');
    expect(await text(path.join(root, 'outside/secret.json'))).toBe(V1_TEXT);
    expect(await readlink(path.join(project, 'team.natolex.json'))).toBe('../outside/secret.json');
    // --check only reads: it may look at the file the link names.
    expect(natolex(['migrate', '--check', 'team.natolex.json'], project).code).toBe(1);
  });

  it('rewrites the target of a link that stays inside the project, and keeps the link', async () => {
    const root = await folder({ 'glossaries/team.json': V1_TEXT });
    await symlink('glossaries/team.json', path.join(root, 'team.natolex.json'));
    expect(natolex(['migrate', 'team.natolex.json'], root).code).toBe(0);
    expect((await lstat(path.join(root, 'team.natolex.json'))).isSymbolicLink()).toBe(true);
    expect(await text(path.join(root, 'glossaries/team.json'))).toBe(V2_TEXT);
  });

  it('refuses a glossary outside the configuration folder', async () => {
    const root = await folder({ 'other/team.json': V1_TEXT, 'project/natolex.config.json': '{}\n' });
    const run = natolex(['migrate', '../other/team.json'], path.join(root, 'project'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not written: the configuration names a file outside the project');
    expect(await text(path.join(root, 'other/team.json'))).toBe(V1_TEXT);
  });

  it('refuses a glossary inside a version-control folder, one with several hard links, and a read-only one', async () => {
    const root = await folder({ '.git/team.json': V1_TEXT, 'locked.json': V1_TEXT, 'shared.json': V1_TEXT });
    expect(natolex(['migrate', '.git/team.json'], root).stderr).toContain('not written: it is inside a version-control folder (.git)');
    await link(path.join(root, 'shared.json'), path.join(root, 'shared-too.json'));
    expect(natolex(['migrate', 'shared.json'], root).stderr).toContain('not written: it has 2 hard links; rewriting it would split them');
    expect(await text(path.join(root, 'shared.json'))).toBe(V1_TEXT);
    await chmod(path.join(root, 'locked.json'), 0o444);
    expect(natolex(['migrate', 'locked.json'], root).stderr).toContain('not written: it is read-only');
    expect(await text(path.join(root, '.git/team.json'))).toBe(V1_TEXT);
  });

  it.each([
    ['../escape.json', 'it is outside the working folder'],
    ['out.txt', 'the output file must end in .json'],
    ['.git/out.json', 'it is inside a version-control folder (.git)'],
    ['missing/out.json', 'its folder does not exist'],
    ['linked/out.json', 'it is outside the working folder'],
  ])('refuses --out %s', async (out, reason) => {
    const root = await folder({ 'project/team.json': V1_TEXT, 'project/.git/HEAD': 'ref\n', 'elsewhere/keep.txt': 'x' });
    const project = path.join(root, 'project');
    await symlink('../elsewhere', path.join(project, 'linked'));
    const run = natolex(['migrate', 'team.json', '--out', out], project);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    await expect(stat(path.join(root, 'escape.json'))).rejects.toThrow();
    await expect(stat(path.join(root, 'elsewhere/out.json'))).rejects.toThrow();
    expect(await text(path.join(project, 'team.json'))).toBe(V1_TEXT);
  });

  it('refuses an existing --out that is a link to a file outside the working folder', async () => {
    const root = await folder({ 'project/team.json': V1_TEXT, 'outside/target.json': 'keep\n' });
    const project = path.join(root, 'project');
    await symlink('../outside/target.json', path.join(project, 'out.json'));
    const run = natolex(['migrate', 'team.json', '--out', 'out.json'], project);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not written');
    expect(await text(path.join(root, 'outside/target.json'))).toBe('keep\n');
  });

  it('escapes terminal control characters of a file name', async () => {
    const name = 'team\u001b[2J.json';
    const root = await folder({ [name]: V1_TEXT });
    const run = natolex(['migrate', '--check', name], root);
    expect(run.stdout).toBe('team\\u{1b}[2J.json: schema 1; `natolex migrate` would rewrite it in schema 2\n');
  });
});
