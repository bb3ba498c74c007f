// The findings every adapter must report for drafts/, pinned in expected.json: per draft, each finding's rule, its
// 0-based range [startLine, startCharacter, endLine, endCharacter] (UTF-16 characters, as LSP and VS Code count)
// and its English message, sorted by position then rule. The CLI test (cli.test.ts), the language server test
// (server.test.ts) and the VS Code extension-host suite (packages/vscode-ext/test/suite/cross-adapter.test.ts) compare with it.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type GoldenRange = [number, number, number, number];
export interface GoldenFinding {
  rule: string;
  range: GoldenRange;
  message: string;
}
export type Golden = Record<string, GoldenFinding[]>;

export const DRAFTS = fileURLToPath(new URL('./drafts/', import.meta.url));
export const GOLDEN = fileURLToPath(new URL('./expected.json', import.meta.url));
export const CLI = fileURLToPath(new URL('../../packages/cli/dist/cli.js', import.meta.url));

export function draftNames(): string[] {
  return readdirSync(DRAFTS).sort();
}

export function readGolden(): Golden {
  return JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden;
}

export function sortFindings(findings: GoldenFinding[]): GoldenFinding[] {
  return findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.range[2] - b.range[2] || a.range[3] - b.range[3] || a.rule.localeCompare(b.rule));
}

interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  message: string;
}

/** `natolex check --format json` output as golden findings by draft name (its positions are 1-based, end exclusive). */
export function fromCliJson(output: string): Golden {
  const report = JSON.parse(output) as { diagnostics: CliDiagnostic[] };
  const golden: Golden = Object.fromEntries(draftNames().map((name) => [name, []]));
  for (const diagnostic of report.diagnostics) {
    const name = diagnostic.file.replace(/^.*[\\/]/, '');
    (golden[name] ??= []).push({ rule: diagnostic.rule, range: [diagnostic.line - 1, diagnostic.column - 1, diagnostic.endLine - 1, diagnostic.endColumn - 1], message: diagnostic.message });
  }
  for (const findings of Object.values(golden)) sortFindings(findings);
  return golden;
}
