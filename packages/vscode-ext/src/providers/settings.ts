// The natolex.* settings, read for a resource (they are resource-scoped, so each folder of a multi-root workspace
// can have its own) and checked: a wrong value falls back to the default instead of breaking a feature.
import { CITATION_FORMATS, CITATION_STYLES, DEFAULT_SEVERITIES, RULE_IDS, SEVERITIES as RULE_SEVERITIES, isRuleId, languageFromLocale, languageTag, type ReportedSeverity, type RuleSeverities, type Severity } from '@natolex/language-service';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SETTING_KEYS, SEVERITIES, type NatolexSettings, type RuleSettings, type SeveritySetting } from '../core/defaults.js';

export type { NatolexSettings, SeveritySetting };
export { DEFAULT_SETTINGS };

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : fallback;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** natolex.rules: known rule ids with a known severity only (a workspace's settings may hold anything). */
function ruleSettings(value: unknown): RuleSettings {
  const rules: RuleSettings = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return rules;
  for (const [id, severity] of Object.entries(value)) if (isRuleId(id) && RULE_SEVERITIES.includes(severity as Severity)) rules[id] = severity as Severity;
  return rules;
}

export function readSettings(scope?: vscode.ConfigurationScope): NatolexSettings {
  const config = vscode.workspace.getConfiguration('natolex', scope);
  return {
    enabledLanguages: stringList(config.get(SETTING_KEYS.enabledLanguages), DEFAULT_SETTINGS.enabledLanguages),
    severity: oneOf(config.get(SETTING_KEYS.severity), SEVERITIES, DEFAULT_SETTINGS.severity),
    rules: ruleSettings(config.get(SETTING_KEYS.rules)),
    citationFormat: oneOf(config.get(SETTING_KEYS.citationFormat), CITATION_FORMATS, DEFAULT_SETTINGS.citationFormat),
    citationStyle: oneOf(config.get(SETTING_KEYS.citationStyle), CITATION_STYLES, DEFAULT_SETTINGS.citationStyle),
    citationStyleFile: typeof config.get(SETTING_KEYS.citationStyleFile) === 'string' ? (config.get(SETTING_KEYS.citationStyleFile) as string).trim() : DEFAULT_SETTINGS.citationStyleFile,
    citationAskFormat: config.get(SETTING_KEYS.citationAskFormat) === true,
    glossaries: stringList(config.get(SETTING_KEYS.glossaries), DEFAULT_SETTINGS.glossaries),
    maxFileSize: positive(config.get(SETTING_KEYS.maxFileSize), DEFAULT_SETTINGS.maxFileSize),
    maxGlossarySize: positive(config.get(SETTING_KEYS.maxGlossarySize), DEFAULT_SETTINGS.maxGlossarySize),
    language: languageTag(config.get(SETTING_KEYS.language)) ?? DEFAULT_SETTINGS.language,
  };
}

/**
 * The writer's language for a resource: natolex.language, else VS Code's display language (vscode.env.language,
 * e.g. "en" or "fr"); undefined leaves it to the lexicon's own language.
 */
export function writerLanguage(scope?: vscode.ConfigurationScope): string | undefined {
  return readSettings(scope).language || languageTag(vscode.env.language) || languageFromLocale(vscode.env.language);
}

/** Schemes whose documents are not drafts: output panes, SCM views, our own read-only documents. */
const SKIPPED_SCHEMES = new Set(['natolex', 'output', 'git', 'vscode-scm', 'debug', 'vscode-settings', 'walkThroughSnippet']);

/** Whether natolex reads this document: an enabled language, a draft-like scheme. */
export function isEnabledFor(document: vscode.TextDocument, settings: NatolexSettings = readSettings(document)): boolean {
  return settings.enabledLanguages.includes(document.languageId) && !SKIPPED_SCHEMES.has(document.uri.scheme);
}

/** The severity each rule runs at: natolex.rules over the registry's defaults; every rule off when the setting says 'off'. */
export function ruleSeverities(settings: Pick<NatolexSettings, 'severity' | 'rules'>): RuleSeverities {
  return Object.fromEntries(RULE_IDS.map((id) => [id, settings.severity === 'off' ? 'off' : (settings.rules[id] ?? DEFAULT_SEVERITIES[id])])) as RuleSeverities;
}

/** How a finding of a rule that runs at `severity` is shown: its own level, or the one natolex.diagnostics.severity forces. */
export function diagnosticSeverity(setting: SeveritySetting, severity: ReportedSeverity): vscode.DiagnosticSeverity | undefined {
  return toSeverity(setting === 'default' ? (severity === 'info' ? 'information' : severity) : setting);
}

export function toSeverity(setting: Exclude<SeveritySetting, 'default'>): vscode.DiagnosticSeverity | undefined {
  switch (setting) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    default:
      return undefined;
  }
}
