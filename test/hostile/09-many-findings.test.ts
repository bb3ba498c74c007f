// Item 9: one draft with hundreds of thousands of findings must be reported, not crash the run with "Maximum call
// stack size exceeded" (arguments spread into push()). --fix of as many first uses must stay linear.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

const COUNT = 200_000;

describe('natolex check with very many findings in one file', () => {
  it('reports 200,000 deprecated-term findings', async () => {
    const root = await makeRepo({ 'many.md': 'North Atlantic Cooperation Council\n'.repeat(COUNT) });
    const run = natolex(['check', 'many.md', '--format', 'json'], root, { timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { summary: { warnings: number } };
    expect(report.summary.warnings).toBe(COUNT);
    expect(run.code).toBe(0);
  });

  it('expands 200,000 first uses with --fix', async () => {
    // Each line defines nothing and uses a different acronym, so every line has its own first use to expand.
    const acronyms = Array.from({ length: COUNT }, (_, n) => ({ id: `acronym.many.q${n}`, form: `Q${n}`, expansion: `Q number ${n}` }));
    const root = await makeRepo({
      'natolex.config.json': '{ "glossaries": ["many.natolex.json"] }\n',
      'many.natolex.json': glossary(acronyms),
      'many.md': acronyms.map((a) => `${a.form} here.\n`).join(''),
    });
    // The 200,000 lines are one Markdown paragraph (2 MB): the parser alone takes 7-9 s of CPU on it, and the whole run
    // 25-45 s on a shared 2-core machine. A quadratic fix would take hours, so 110 s still tells the two apart.
    const run = natolex(['check', '--fix', 'many.md', '--rule', 'unknown-acronym=off'], root, { timeout: 110_000 });
    expect(run.signal).toBeNull();
    // A schema 1 glossary (upgraded on load): one warning line, however many entries it has.
    expect(run.stderr).toMatch(/^natolex: warning: many\.natolex\.json: [^\n]*Run `natolex migrate many\.natolex\.json`[^\n]*\n$/);
    expect(run.stdout).toBe(`1 file checked: 0 errors, 0 warnings, 0 infos, ${COUNT} first uses expanded\n`);
    const fixed = await readFile(path.join(root, 'many.md'), 'utf8');
    expect(fixed.startsWith('Q number 0 (Q0) here.\nQ number 1 (Q1) here.\n')).toBe(true);
    expect(run.code).toBe(0);
  });
});
