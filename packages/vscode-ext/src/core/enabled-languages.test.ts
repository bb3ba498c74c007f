// The thin reader of natolex.enabledLanguages (activation registers the providers with it) against the language
// service's readEditorSettings (which the engine's providers check documents with): they must agree on any value.
import { readEditorSettings } from '@natolex/language-service';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enabledLanguagesOf } from './enabled-languages.js';

describe('enabledLanguagesOf', () => {
  it('reads any setting value as readEditorSettings does', () => {
    const item = fc.oneof(fc.string(), fc.constantFrom('', ' ', '\t', 'markdown', 'plaintext'), fc.integer(), fc.constant(null), fc.boolean(), fc.object());
    const value = fc.oneof(fc.array(item, { maxLength: 20 }), item, fc.constant(undefined), fc.dictionary(fc.string(), item));
    fc.assert(
      fc.property(value, (setting) => {
        expect(enabledLanguagesOf(setting)).toEqual(readEditorSettings({ enabledLanguages: setting }).enabledLanguages);
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });

  it('keeps at most 1000 languages, as readEditorSettings does', () => {
    const many = Array.from({ length: 1500 }, (_, index) => `language-${index}`);
    expect(enabledLanguagesOf(many)).toEqual(readEditorSettings({ enabledLanguages: many }).enabledLanguages);
    expect(enabledLanguagesOf(many)).toHaveLength(1000);
  });
});
