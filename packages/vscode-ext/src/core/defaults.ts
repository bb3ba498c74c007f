// The natolex.* settings and their defaults. package.json's `contributes.configuration` declares the same defaults
// (src/manifest.test.ts checks that they agree).
import type { CitationFormat, CitationStyleName } from './citation.js';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface NatolexSettings {
  enabledLanguages: string[];
  severity: SeveritySetting;
  citationFormat: CitationFormat;
  citationStyle: CitationStyleName;
  /** A workspace CSL style file (relative to the workspace folder); '' for none. */
  citationStyleFile: string;
  /** Ask for the citation format each time instead of using citationFormat. */
  citationAskFormat: boolean;
  glossaries: string[];
  maxFileSize: number;
  maxGlossarySize: number;
}

export const DEFAULT_SETTINGS: Readonly<NatolexSettings> = Object.freeze({
  enabledLanguages: ['markdown', 'plaintext'],
  severity: 'information',
  citationFormat: 'footnote',
  citationStyle: 'chicago-note',
  citationStyleFile: '',
  citationAskFormat: false,
  glossaries: [],
  maxFileSize: 500_000,
  maxGlossarySize: 5_000_000,
});

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Setting keys (under natolex.) of each field. */
export const SETTING_KEYS: Readonly<Record<keyof NatolexSettings, string>> = Object.freeze({
  enabledLanguages: 'enabledLanguages',
  severity: 'diagnostics.severity',
  citationFormat: 'citation.format',
  citationStyle: 'citation.style',
  citationStyleFile: 'citation.styleFile',
  citationAskFormat: 'citation.askFormat',
  glossaries: 'glossaries',
  maxFileSize: 'maxFileSize',
  maxGlossarySize: 'maxGlossarySize',
});
