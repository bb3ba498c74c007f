import { describe, expect, it } from 'vitest';
import { languageFromLocale, languageTag, languagesInOrder, sameLanguage } from './language.js';

describe('the writer language', () => {
  it('accepts BCP 47-looking tags only, trimmed and bounded', () => {
    expect(languageTag(' fr ')).toBe('fr');
    expect(languageTag('en-GB')).toBe('en-GB');
    for (const bad of ['', 'f', 'fr_BE', 'en--GB', 'x'.repeat(40), 3, null, undefined, 'fr\n# heading']) expect(languageTag(bad), String(bad)).toBeUndefined();
  });

  it('reads POSIX locales (LANG) and skips C and POSIX', () => {
    expect(languageFromLocale('fr_BE.UTF-8')).toBe('fr-BE');
    expect(languageFromLocale('en_US@euro')).toBe('en-US');
    expect(languageFromLocale('de')).toBe('de');
    for (const none of ['C', 'POSIX', 'C.UTF-8', '', undefined]) expect(languageFromLocale(none), String(none)).toBeUndefined();
  });

  it('compares primary subtags and puts the wanted language first, the rest in order', () => {
    expect(sameLanguage('en-GB', 'EN')).toBe(true);
    expect(sameLanguage('en', 'fr')).toBe(false);
    expect(languagesInOrder(['en', 'fr', 'de', 'fr-CA', 'en'], 'fr')).toEqual(['fr', 'fr-CA', 'en', 'de']);
    expect(languagesInOrder(['en', 'fr'], undefined)).toEqual(['en', 'fr']);
  });
});
