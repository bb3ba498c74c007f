// The CLI's JSON output for drafts/ is the golden file (and so equal to what the language server and the VS Code
// extension report for the same drafts). After a deliberate change of a rule or a message, rewrite it with
// `npm run update-golden -w @natolex/cross-adapter-tests` and review the diff.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, DRAFTS, GOLDEN, draftNames, fromCliJson, readGolden } from './golden.js';

function cliFindings() {
  // Exit code 1 (findings) is expected: execFileSync throws, with the output on the error.
  try {
    return fromCliJson(execFileSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: DRAFTS, encoding: 'utf8' }));
  } catch (error) {
    const { stdout, status } = error as { stdout?: string; status?: number };
    if (status !== 1 || !stdout) throw error;
    return fromCliJson(stdout);
  }
}

describe('cross-adapter golden findings', () => {
  it('cover every draft, and every rule that the drafts exercise', () => {
    const golden = readGolden();
    expect(Object.keys(golden).sort()).toEqual(draftNames());
    const rules = new Set(Object.values(golden).flatMap((findings) => findings.map((finding) => finding.rule)));
    for (const rule of ['first-use', 'deprecated', 'unknown-acronym', 'wrong-expansion', 'redundant-definition']) expect(rules).toContain(rule);
  });

  it('are what natolex check --format json reports', () => {
    const found = cliFindings();
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(found, null, 2)}\n`);
    expect(found).toEqual(readGolden());
  });
});
