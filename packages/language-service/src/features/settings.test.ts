import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES, RULE_IDS } from '../rules/index.js';
import { DEFAULT_EDITOR_SETTINGS, checkOptionsOf, readEditorSettings, ruleSeveritiesOf, settingsOfConfig } from './settings.js';

describe('readEditorSettings', () => {
  it('gives the defaults for nothing or garbage: every rule at its registry severity', () => {
    for (const raw of [undefined, null, 'x', 42, [], { diagnostics: 'x', citation: [1], glossaries: 'a.json', maxFileSize: -1, enabledLanguages: {} }]) {
      expect(readEditorSettings(raw)).toEqual(DEFAULT_EDITOR_SETTINGS);
    }
    expect(DEFAULT_EDITOR_SETTINGS.severities['first-use']).toBe('error');
    expect(DEFAULT_EDITOR_SETTINGS.severities['unknown-acronym']).toBe('information');
  });

  it('reads the nested section a client sends, and the dotted keys', () => {
    const nested = readEditorSettings({
      enabledLanguages: ['markdown', '', 3],
      diagnostics: { severity: 'hint' },
      citation: { format: 'pandoc', style: 'apa', styleFile: ' styles/x.csl ', askFormat: true },
      glossaries: ['terms/team.json'],
      maxFileSize: 1234,
      maxGlossarySize: 5678,
      language: 'fr-BE',
    });
    expect(nested).toEqual({
      enabledLanguages: ['markdown'],
      severities: Object.fromEntries(RULE_IDS.map((id) => [id, 'hint'])),
      citation: { format: 'pandoc', style: 'apa', styleFile: 'styles/x.csl', askFormat: true },
      glossaries: ['terms/team.json'],
      maxFileSize: 1234,
      maxGlossarySize: 5678,
      language: 'fr-BE',
      wellKnown: ['NATO'],
      headingDefinitions: false,
      ignore: [],
    });
    expect(readEditorSettings({ 'diagnostics.severity': 'warning', 'citation.format': 'inline' })).toMatchObject({ severities: { 'first-use': 'warning' }, citation: { format: 'inline' } });
  });

  it('reads natolex.language as a BCP 47 tag; anything else means "the editor\'s locale" (empty)', () => {
    expect(readEditorSettings({ language: 'fr' }).language).toBe('fr');
    for (const bad of ['', 'fr_BE', 3, 'x'.repeat(64), 'en\n# x']) expect(readEditorSettings({ language: bad }).language, String(bad)).toBe('');
  });

  it('takes severities by rule id, ignoring unknown rules and levels, and never inherited properties', () => {
    const settings = readEditorSettings({ diagnostics: { severity: { deprecated: 'off', 'first-use': 'hint', nope: 'error', 'unknown-acronym': 'loud' } } });
    expect(settings.severities).toMatchObject({ deprecated: 'off', 'first-use': 'hint', 'unknown-acronym': 'information' });
    expect(readEditorSettings(JSON.parse('{"__proto__": {"maxFileSize": 7}}')).maxFileSize).toBe(DEFAULT_EDITOR_SETTINGS.maxFileSize);
  });

  it("reads natolex.rules (the CLI config's vocabulary) and lets diagnostics.severity 'default' keep each level", () => {
    const settings = readEditorSettings({ rules: { 'first-use': 'warning', deprecated: 'off', 'unknown-acronym': 'loud' }, diagnostics: { severity: 'default' } });
    expect(settings.severities).toMatchObject({ 'first-use': 'warning', deprecated: 'off', 'unknown-acronym': 'information' });
    // A forced level applies to every rule that is not off; 'off' turns them all off.
    expect(readEditorSettings({ rules: { deprecated: 'off' }, diagnostics: { severity: 'hint' } }).severities).toMatchObject({ 'first-use': 'hint', deprecated: 'off' });
    expect(Object.values(readEditorSettings({ diagnostics: { severity: 'off' } }).severities).every((level) => level === 'off')).toBe(true);
  });

  it('runs rules shown as information or hint at info, and leaves "off" rules out', () => {
    const severities = ruleSeveritiesOf(readEditorSettings({ diagnostics: { severity: { 'first-use': 'hint', deprecated: 'off' } } }));
    expect(severities).toMatchObject({ 'first-use': 'info', deprecated: 'off', 'unknown-acronym': DEFAULT_SEVERITIES['unknown-acronym'] });
  });
});

describe('wellKnown and headingDefinitions', () => {
  it('default to ["NATO"] and false; [] is the one switch that turns the exemption off', () => {
    expect(readEditorSettings(undefined)).toMatchObject({ wellKnown: ['NATO'], headingDefinitions: false });
    expect(readEditorSettings({ wellKnown: [], headingDefinitions: true })).toMatchObject({ wellKnown: [], headingDefinitions: true });
    expect(readEditorSettings({ wellKnown: ['NATO', 'UN', 7, ''], headingDefinitions: 'yes' })).toMatchObject({ wellKnown: ['NATO', 'UN'], headingDefinitions: false });
  });

  it('reads natolex.config.json as the base the editor settings override', () => {
    const base = settingsOfConfig({ wellKnown: ['UN'], headingDefinitions: true, ignore: ['ZZQX'], glossaries: ['terms/team.json'], rules: { deprecated: 'error', 'unknown-acronym': 'off' } });
    expect(base).toMatchObject({ wellKnown: ['UN'], headingDefinitions: true, ignore: ['ZZQX'], glossaries: ['terms/team.json'] });
    expect(base.severities).toMatchObject({ deprecated: 'error', 'unknown-acronym': 'off', 'first-use': 'error' });
    const over = readEditorSettings({ wellKnown: ['NATO'], rules: { deprecated: 'info' } }, base);
    expect(over).toMatchObject({ wellKnown: ['NATO'], headingDefinitions: true, ignore: ['ZZQX'], glossaries: ['terms/team.json'] });
    expect(over.severities).toMatchObject({ deprecated: 'information', 'unknown-acronym': 'off' });
    expect(checkOptionsOf(over)).toMatchObject({ wellKnown: ['NATO'], headingDefinitions: true, ignore: ['ZZQX'], severities: { deprecated: 'info', 'unknown-acronym': 'off' } });
  });
});
