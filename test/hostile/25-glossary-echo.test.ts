// Item 25 (messages part): whatever a hostile glossary holds, the error printed about it quotes at most a short,
// escaped excerpt of the offending token: never a megabyte of a key, never the text around a syntax error (which
// for a secret file read as a glossary would be its content), never a control character a terminal would act on.
import { describe, expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const SECRET = 'hunter2-SECRET-do-not-print';
/** Longest excerpt of a syntax error's token that an error shows. */
const EXCERPT = 24;

function longestLine(output: string): number {
  return Math.max(...output.split('\n').map((line) => line.length));
}

describe('errors about a glossary do not echo it (item 25)', () => {
  it('shortens a megabyte property name in the pointer and the message', async () => {
    const key = `x${'k'.repeat(1_000_000)}`;
    const repo = await makeRepo({ 'g.natolex.json': `{"name": "G", "${key}": 1}` });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("g.natolex.json:1:15  /xkkkk");
    expect(longestLine(run.stdout)).toBeLessThan(300);
  });

  it('does not quote the text around a syntax error the parser cannot place', async () => {
    // Nesting this deep makes the detailed parser give up; the fallback must not print JSON.parse's excerpt.
    const repo = await makeRepo({ 'g.natolex.json': `${'['.repeat(200_000)}${SECRET}` });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain(SECRET.slice(0, 8));
    expect(run.stdout).toContain('g.natolex.json:1:200001  (root)  invalid JSON');
  });

  it('quotes at most a short excerpt of an unquoted token', async () => {
    const token = `root${SECRET.replace(/-/g, '')}${'A'.repeat(200)}`;
    const repo = await makeRepo({ 'g.natolex.json': `${token}:x:0:0\n` });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`g.natolex.json:1:1  (root)  unexpected '${token.slice(0, EXCERPT)}…'`);
    expect(run.stdout).not.toContain(token.slice(0, EXCERPT + 1));
  });

  it('escapes C1 controls and bidirectional overrides from a glossary in every message', async () => {
    const name = 'nm\u009b31m\u202eae';
    const repo = await makeRepo({ 'g.natolex.json': `{"name": "G", "${name}": 1, "acronyms": [{"id": "acronym.x", "form": "X", "expansion": "\u009b2J"}]}` });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('/nm\\u009b31m\\u202eae');
    expect(run.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
