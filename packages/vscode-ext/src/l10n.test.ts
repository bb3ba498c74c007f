// The English l10n bundle (l10n/bundle.l10n.json) lists every message passed to t()/vscode.l10n.t, so translators
// have the full set; this test fails when a message is added or changed without updating the bundle.
// To refresh it: UPDATE_L10N=1 npx vitest run src/l10n.test.ts
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_MESSAGES, MESSAGES } from '@natolex/language-service';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const bundlePath = join(root, 'l10n', 'bundle.l10n.json');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const MESSAGE = /\bt\(\s*('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/g;

function messages(): string[] {
  // The rules' messages and the code actions' titles reach vscode.l10n.t through translateMessage, as their English
  // templates; the labels of hovers, completions and entry documents through the features' `translate`.
  const found = new Set<string>([...Object.values(MESSAGES), ...Object.values(ACTION_MESSAGES)]);
  for (const file of [...sources(join(root, 'src')), ...sources(join(root, '../language-service/src/features'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(MESSAGE)) found.add(new Function(`return ${match[1]}`)() as string);
  }
  return [...found].sort();
}

describe('l10n bundle', () => {
  it('has exactly the messages the code uses', () => {
    const used = messages();
    if (process.env.UPDATE_L10N) writeFileSync(bundlePath, `${JSON.stringify(Object.fromEntries(used.map((message) => [message, message])), null, 2)}\n`);
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as Record<string, string>;
    expect(Object.keys(bundle).sort()).toEqual(used);
    expect(used.length).toBeGreaterThan(40);
  });
});
