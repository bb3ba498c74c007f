// Item 13: the hover's Markdown escaping must be linear in its input. A glossary expansion of 1,000,000 spaces took
// minutes with the old `\s*[\r\n]+\s*` fold (it retried the whitespace run from every position).
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { bundleModule, runScript } from './support.js';

const ESCAPE = fileURLToPath(new URL('../../packages/language-service/src/features/escape.ts', import.meta.url));

it('escapes a million-space expansion, with and without line breaks, in a bounded time', async () => {
  const module = await bundleModule(ESCAPE);
  const script = `${module}
const spaces = ' '.repeat(1_000_000);
const plain = escapeMarkdown('a' + spaces + 'b');
const folded = escapeMarkdown('a' + spaces + '\\n' + spaces + 'b\\u2028c');
process.stdout.write(JSON.stringify({ plain: plain.length, folded }));`;
  const run = await runScript(script, 20_000);
  expect(run.signal, 'killed: escaping is not linear').toBeNull();
  expect(run.code, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({ plain: 1_000_002, folded: 'a b c' });
});
