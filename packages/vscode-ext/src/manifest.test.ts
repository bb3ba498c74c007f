// The extension manifest (package.json) against the code: commands, settings, strings, capabilities and the
// browser entry. A mismatch here is a feature that silently does nothing in VS Code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CITATION_FORMATS, CITATION_STYLES, DEFAULT_EDITOR_SETTINGS, RULES, SEVERITIES as RULE_SEVERITIES } from '@natolex/language-service';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS, SEVERITIES } from './core/defaults.js';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

function sourceText(dir = join(root, 'src')): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe('package.json', () => {
  const code = sourceText();

  it('registers exactly the contributed commands, all in the "natolex" category', () => {
    const contributed = (manifest.contributes.commands as Array<{ command: string; category: string }>).map((command) => command.command).sort();
    const registered = [...code.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((match) => match[1]).sort();
    expect(registered).toEqual(contributed);
    for (const command of manifest.contributes.commands) expect(command.category).toBe('natolex');
  });

  it('declares every setting the code reads, with the same defaults and allowed values', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[]; markdownDescription?: string }>;
    for (const [field, key] of Object.entries(SETTING_KEYS)) {
      const property = properties[`natolex.${key}`];
      expect(property, key).toBeDefined();
      expect(property!.default, key).toEqual(DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS]);
      expect(property!.markdownDescription, key).toMatch(/^%natolex\.config\./);
    }
    expect(Object.keys(properties).length).toBe(Object.keys(SETTING_KEYS).length);
    expect(properties['natolex.diagnostics.severity']!.enum).toEqual(SEVERITIES);
    // The defaults the language service's reader falls back to (and the CLI's config keys have) are the manifest's.
    expect(properties['natolex.wellKnown']!.default).toEqual(DEFAULT_EDITOR_SETTINGS.wellKnown);
    expect(properties['natolex.headingDefinitions']!.default).toBe(DEFAULT_EDITOR_SETTINGS.headingDefinitions);
    expect(properties['natolex.citation.format']!.enum).toEqual(CITATION_FORMATS);
    // natolex.rules offers every rule of the registry (a new rule fails here until it is declared), with its default.
    const rules = properties['natolex.rules'] as unknown as { properties: Record<string, { enum: string[]; default: string }>; additionalProperties: boolean };
    expect(Object.keys(rules.properties)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES) expect(rules.properties[rule.id]).toMatchObject({ enum: RULE_SEVERITIES, default: rule.defaultSeverity });
    expect(rules.additionalProperties).toBe(false);
    expect(properties['natolex.citation.style']!.enum).toEqual(CITATION_STYLES);
  });

  it('has an English string for every %key% and no unused ones', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    for (const key of keys) expect(nls[key], key).toBeTypeOf('string');
    expect(Object.keys(nls).sort()).toEqual([...new Set(keys)].sort());
  });

  it('declares trust, virtual workspaces, the browser entry, the schema and activation honestly', () => {
    expect(manifest.capabilities).toEqual({ untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(manifest.browser).toBe('./dist/web/extension.cjs');
    // With "type": "module", VS Code loads a .js entry as ESM, which the web-worker extension host refuses.
    expect(manifest.type).toBe('module');
    for (const entry of [manifest.main, manifest.browser]) expect(entry).toMatch(/\.cjs$/);
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: '*.natolex.json', url: './dist/lexicon.schema.json' }]);
    for (const language of DEFAULT_SETTINGS.enabledLanguages) expect(manifest.activationEvents).toContain(`onLanguage:${language}`);
    expect(manifest.activationEvents).toContain('workspaceContains:**/*.natolex.json');
  });

  it('ships an icon, a walkthrough whose media exist, and only categories it fills', () => {
    const png = readFileSync(join(root, manifest.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]); // the marketplace's size
    const [walkthrough] = manifest.contributes.walkthroughs as Array<{ steps: Array<{ media: { markdown: string } }> }>;
    expect(walkthrough!.steps.length).toBeGreaterThanOrEqual(3);
    for (const step of walkthrough!.steps) expect(statSync(join(root, step.media.markdown)).isFile(), step.media.markdown).toBe(true);
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
    for (const packaged of [manifest.icon, 'media/walkthrough/*.md', manifest.main.slice(2), manifest.browser.slice(2)]) expect(ignore).toContain(`!${packaged}`);
    expect(manifest.categories).not.toContain('Snippets'); // it contributes no snippets
    expect(manifest.contributes.snippets).toBeUndefined();
  });

  it('targets VS Code 1.90 with matching API types', () => {
    expect(manifest.engines.vscode).toBe('^1.90.0');
    expect(manifest.devDependencies['@types/vscode']).toBe('1.90.0');
  });

  it('keeps Node-only modules out of the code shared with the web-worker bundle', () => {
    expect(code).not.toMatch(/from '(node:)?(fs|path|os|child_process|crypto|util)'/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(/);
  });
});
