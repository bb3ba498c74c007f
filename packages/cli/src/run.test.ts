import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: process.cwd(), stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it.each(['constructor', '__proto__', 'hasOwnProperty', 'toString'])('treats %s as an unknown command', async (name) => {
    const result = await run([name]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`natolex: unknown command '${name}'`);
  });

  it('escapes and caps what it echoes on stderr', async () => {
    const result = await run([`\u001b[2J${'x'.repeat(500)}`]);
    expect(result.stderr).toContain(`unknown command '\\u{1b}[2J${'x'.repeat(76)}…'`);
    const option = await run(['lookup', `--${'y'.repeat(5_000)}`]);
    expect(option.code).toBe(2);
    expect(option.stderr.length).toBeLessThan(1_000);
  });

  it('refuses search queries over 64 words or 1,000 characters', async () => {
    const words = Array.from({ length: 65 }, (_, i) => `w${i}`);
    expect(await run(['search', '--no-config', ...words])).toMatchObject({ code: 2, stderr: expect.stringContaining('the query has 65 words; at most 64 words') });
    expect(await run(['search', '--no-config', 'q'.repeat(1_001)])).toMatchObject({ code: 2, stderr: expect.stringContaining('at most 1,000 characters') });
  });

  it('reports an invalid glob as a usage error naming it', async () => {
    const result = await run(['check', '--no-config', '[z-a].md']);
    expect(result).toMatchObject({ code: 2, stderr: '[z-a].md: invalid character range [z-a] (the first character must not sort after the last)\n' });
  });
});
