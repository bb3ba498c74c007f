// Item 4: glossary text and file names reach text output (lookup, search, check) and stderr. ANSI escapes, carriage
// returns, bidi overrides, line separators and GitHub Actions workflow commands (::error …::, ::add-mask::) must
// arrive escaped, never as something a terminal or CI log would act on.
import { expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

const EVIL = 'Evil\u001b[31m red\r::error file=a.md::pwned\u2028::add-mask::x\u202e\u0085end';
// Expansions are one line of printable text by schema; bidi overrides are still allowed there.
const EXPANSION = 'Evil \u202eExpansion\u2066 ::warning::x';
// Control characters except tab and line feed, C1, DEL, bidi overrides and isolates, U+2028/2029.
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function expectInert(output: string): void {
  expect(output).not.toMatch(DANGEROUS);
  expect(output).not.toMatch(/^\s*::/m);
}

it('escapes hostile glossary text and file names in lookup, search and check text output', async () => {
  const root = await makeRepo({
    'natolex.config.json': JSON.stringify({ glossaries: ['glossary.json'] }),
    'glossary.json': glossary([{ id: 'acronym.hostile.evl', form: 'EVL', expansion: EXPANSION, definition: `${EVIL}\n::error::again` }]),
    '::error file=x::\u001b[2Jname.md': 'The EVL team met.\n',
  });
  const lookup = natolex(['lookup', 'EVL'], root);
  expect(lookup.code, lookup.stderr).toBe(0);
  expect(lookup.stdout).toContain('\\u{1b}[31m');
  expectInert(lookup.stdout);

  const search = natolex(['search', 'Evil'], root);
  expect(search.code, search.stderr).toBe(0);
  expectInert(search.stdout);

  const check = natolex(['check', '.'], root);
  expect(check.code, check.stderr).toBe(1);
  expect(check.stdout).toContain('name.md');
  expectInert(check.stdout);

  const missing = natolex(['check', '::add-mask::\u001b[31m.md'], root);
  expect(missing.code).toBe(2);
  expectInert(missing.stderr);
});
