// The natolex.* settings and their defaults. package.json's `contributes.configuration` declares the same defaults
// (src/manifest.test.ts checks that they agree).
import type { CitationFormat, CitationStyleName } from './citation.js';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface NatolexSettings {
  enabledLanguages: string[];
  severity: SeveritySetting;
  citationFormat: CitationFormat;
  citationStyle: CitationStyleName;
  glossaries: string[];
  maxFileSize: number;
  maxGlossarySize: number;
}

export const DEFAULT_SETTINGS: Readonly<NatolexSettings> = Object.freeze({
  enabledLanguages: ['markdown', 'plaintext'],
  severity: 'information',
  citationFormat: 'footnote',
  citationStyle: 'chicago-note',
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
  glossaries: 'glossaries',
  maxFileSize: 'maxFileSize',
  maxGlossarySize: 'maxGlossarySize',
});
