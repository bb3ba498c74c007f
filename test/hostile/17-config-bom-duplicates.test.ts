// Item 17: a configuration with a byte-order mark was "invalid JSON" (glossaries accept one), a package.json with one
// silently lost its "natolex" key, and duplicated configuration keys were accepted (JSON.parse keeps the last).
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const DRAFT = 'The NUC met.\n';

it('reads natolex.config.json with a byte-order mark', async () => {
  const root = await makeRepo({ 'natolex.config.json': `\uFEFF${JSON.stringify({ rules: { 'first-use': 'off' } })}`, 'a.md': DRAFT });
  const run = natolex(['check', 'a.md'], root);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

it('keeps the natolex key of a package.json with a byte-order mark', async () => {
  const root = await makeRepo({ 'package.json': `\uFEFF${JSON.stringify({ name: 'x', natolex: { rules: { 'first-use': 'off' } } })}`, 'a.md': DRAFT });
  const run = natolex(['check', 'a.md'], root);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

it('reports duplicated configuration keys with line and column', async () => {
  const root = await makeRepo({ 'natolex.config.json': '{\n  "files": ["a.md"],\n  "files": ["b.md"]\n}\n', 'a.md': DRAFT, 'b.md': 'ok\n' });
  const run = natolex(['check'], root);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('natolex.config.json:3:3  /files  duplicate key');
});

it('reports a duplicated key inside the natolex key of package.json', async () => {
  const root = await makeRepo({ 'package.json': '{ "natolex": { "rules": {}, "rules": { "first-use": "off" } } }', 'a.md': DRAFT });
  const run = natolex(['check', 'a.md'], root);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('package.json:1:29  /natolex/rules  duplicate key');
});
