// natolex.enabledLanguages read without the language service, for the thin half of the extension (src/extension.ts),
// which registers the providers for these languages at activation and must not load the language service to do so.
// The same rule as the language service's readEditorSettings (core/enabled-languages.test.ts checks they agree): a
// list of strings, blank ones dropped, at most 1000; anything else is the default.
import { DEFAULT_SETTINGS } from './defaults.js';

const MAX_LANGUAGES = 1000;

export function enabledLanguagesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.enabledLanguages];
  return value.slice(0, MAX_LANGUAGES).filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}
