// Findings of `natolex check` as text (compiler style), JSON, or SARIF 2.1.0 for code-scanning UIs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, type ReportedSeverity, type RuleId, type RuleSeverities } from '@natolex/language-service';

export interface Diagnostic {
  /** The file as shown to the user: relative to the working folder with '/' separators when inside it. */
  file: string;
  /** Absolute path. */
  path: string;
  /** 1-based; columns count UTF-16 code units (what editors and SARIF's default column kind count). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: ReportedSeverity;
  rule: RuleId;
  message: string;
  entry?: string;
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Edits `--fix` wrote. */
  fixed: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number, fixed: number): CheckSummary {
  const count = (severity: ReportedSeverity) => diagnostics.filter((d) => d.severity === severity).length;
  return { files, errors: count('error'), warnings: count('warning'), infos: count('info'), fixed };
}

// printable and echo moved to the language service (its configuration reader uses them); re-exported for the CLI.
import { printable } from '@natolex/language-service';
export { ECHO_LIMIT, echo, printable, printableLines } from '@natolex/language-service';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One line per finding, `file:line:col  severity  rule  message`, then a summary line. */
export function formatText(diagnostics: readonly Diagnostic[], summary: CheckSummary): string {
  const lines = diagnostics.map((d) => `${printable(d.file)}:${d.line}:${d.column}  ${d.severity}  ${d.rule}  ${printable(d.message)}`);
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
  const fixed = summary.fixed > 0 ? `, ${plural(summary.fixed, 'first use')} expanded` : '';
  lines.push(`${plural(summary.files, 'file')} checked: ${counts.join(', ')}${fixed}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(diagnostics: readonly Diagnostic[], summary: CheckSummary, version: string): string {
  const entries = diagnostics.map(({ path: _absolute, ...rest }) => rest);
  return `${JSON.stringify({ tool: { name: 'natolex', version }, summary, diagnostics: entries }, null, 2)}\n`;
}

const SARIF_LEVEL: Record<ReportedSeverity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A SARIF 2.1.0 log with one run: the rules (with their configured level) and one result per finding. Files inside
 * the working folder are relative to the %SRCROOT% base, which is what code-scanning services resolve against.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], severities: RuleSeverities, version: string, cwd: string): string {
  const rules = RULES.map((rule): ReportingDescriptor => {
    const configured = severities[rule.id];
    return {
      id: rule.id,
      name: rule.id.replace(/(^|-)(\w)/g, (_m, _dash: string, ch: string) => ch.toUpperCase()),
      shortDescription: { text: rule.summary },
      defaultConfiguration: configured === 'off' ? { enabled: false } : { level: SARIF_LEVEL[configured] },
    };
  });
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const results = diagnostics.map((d): Result => {
    const artifactLocation = !path.isAbsolute(d.file)
      ? { uri: d.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
      : { uri: pathToFileURL(d.path).href };
    return {
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    };
  });
  const cwdUrl = pathToFileURL(cwd).href;
  const srcRoot = cwdUrl.endsWith('/') ? cwdUrl : `${cwdUrl}/`;
  // Typed against @types/sarif, so the compiler checks the shape of the log.
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'natolex', version, semanticVersion: version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
