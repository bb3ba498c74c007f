// The natolex.* settings and their defaults, as package.json's `contributes.configuration` declares them
// (src/manifest.test.ts checks that they agree). providers/settings.ts reads them with the language service's
// readEditorSettings, the reader the language server uses too.
import type { CitationFormat, CitationStyleName, RuleId, Severity } from '@natolex/language-service';

/** How findings are shown: 'default' is each rule's own severity (the registry's, or natolex.rules'); the others force one level on every rule. */
export type SeveritySetting = 'default' | 'error' | 'warning' | 'information' | 'hint' | 'off';

/** natolex.rules: a severity by rule id, as the CLI's config file `rules` has it. */
export type RuleSettings = Partial<Record<RuleId, Severity>>;

export interface NatolexSettings {
  enabledLanguages: string[];
  severity: SeveritySetting;
  rules: RuleSettings;
  citationFormat: CitationFormat;
  citationStyle: CitationStyleName;
  /** A workspace CSL style file (relative to the workspace folder); '' for none. */
  citationStyleFile: string;
  /** Ask for the citation format each time instead of using citationFormat. */
  citationAskFormat: boolean;
  glossaries: string[];
  maxFileSize: number;
  maxGlossarySize: number;
  /** The writer's language (BCP 47), shown first by hovers and the Lexicon view; '' for the editor's display language. */
  language: string;
  wellKnown: string[];
  headingDefinitions: boolean;
}

export const DEFAULT_SETTINGS: Readonly<NatolexSettings> = Object.freeze({
  enabledLanguages: ['markdown', 'plaintext'],
  severity: 'default',
  rules: {},
  citationFormat: 'footnote',
  citationStyle: 'chicago-note',
  citationStyleFile: '',
  citationAskFormat: false,
  glossaries: [],
  maxFileSize: 500_000,
  maxGlossarySize: 5_000_000,
  language: '',
  wellKnown: ['NATO'],
  headingDefinitions: false,
});

export const SEVERITIES: readonly SeveritySetting[] = ['default', 'error', 'warning', 'information', 'hint', 'off'];

/** Setting keys (under natolex.) of each field. */
export const SETTING_KEYS: Readonly<Record<keyof NatolexSettings, string>> = Object.freeze({
  enabledLanguages: 'enabledLanguages',
  severity: 'diagnostics.severity',
  rules: 'rules',
  citationFormat: 'citation.format',
  citationStyle: 'citation.style',
  citationStyleFile: 'citation.styleFile',
  citationAskFormat: 'citation.askFormat',
  glossaries: 'glossaries',
  maxFileSize: 'maxFileSize',
  maxGlossarySize: 'maxGlossarySize',
  language: 'language',
  wellKnown: 'wellKnown',
  headingDefinitions: 'headingDefinitions',
});
