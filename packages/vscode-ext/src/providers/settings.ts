// The natolex.* settings, read for a resource (they are resource-scoped, so each folder of a multi-root workspace
// can have its own) with the language service's readEditorSettings, the reader the language server uses: a wrong
// value falls back to the default instead of breaking a feature, and natolex.rules with natolex.diagnostics.severity
// become one shown severity per rule there, not here.
import { languageFromLocale, languageTag, readEditorSettings, type DisplaySeverity, type EditorSettings } from '@natolex/language-service';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SETTING_KEYS, type NatolexSettings, type SeveritySetting } from '../core/defaults.js';
import { SKIPPED_SCHEMES } from './contributions.js';

export type { NatolexSettings, SeveritySetting };
export { DEFAULT_SETTINGS };

/** The settings as the language service reads them, with the citation ones also under the extension's flat names. */
export interface Settings extends EditorSettings {
  citationFormat: EditorSettings['citation']['format'];
  citationStyle: EditorSettings['citation']['style'];
  citationStyleFile: string;
  citationAskFormat: boolean;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('natolex', scope);
  // Dotted keys, as readEditorSettings reads them: only what getConfiguration answers, never its own properties.
  const section = Object.fromEntries(Object.values(SETTING_KEYS).map((key) => [key, config.get(key)]));
  const settings = readEditorSettings(section);
  return {
    ...settings,
    citationFormat: settings.citation.format,
    citationStyle: settings.citation.style,
    citationStyleFile: settings.citation.styleFile,
    citationAskFormat: settings.citation.askFormat,
  };
}

/**
 * The writer's language for a resource: natolex.language, else VS Code's display language (vscode.env.language,
 * e.g. "en" or "fr"); undefined leaves it to the lexicon's own language.
 */
export function writerLanguage(scope?: vscode.ConfigurationScope): string | undefined {
  return readSettings(scope).language || languageTag(vscode.env.language) || languageFromLocale(vscode.env.language);
}

/** Whether natolex reads this document: an enabled language, a draft-like scheme. */
export function isEnabledFor(document: vscode.TextDocument, settings: Pick<EditorSettings, 'enabledLanguages'> = readSettings(document)): boolean {
  return settings.enabledLanguages.includes(document.languageId) && !SKIPPED_SCHEMES.has(document.uri.scheme);
}

/** How a rule's findings are shown: the level readEditorSettings gave it, or not at all. */
export function diagnosticSeverity(settings: Pick<EditorSettings, 'severities'>, rule: keyof EditorSettings['severities']): vscode.DiagnosticSeverity | undefined {
  return toSeverity(settings.severities[rule]);
}

export function toSeverity(setting: DisplaySeverity): vscode.DiagnosticSeverity | undefined {
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
