// What the thin half of the extension (src/extension.ts) needs to wire the contributions at activation, kept apart
// from the providers that implement them: nothing here imports the language service or the corpus, so both halves
// can import it (the Node build bundles it into dist/extension.cjs and dist/engine.cjs alike; it holds no state).
import * as vscode from 'vscode';
import { enabledLanguagesOf } from '../core/enabled-languages.js';

export const VIEW_ID = 'natolex.lexicon';
/** The scheme of the read-only passage and entry documents. */
export const SCHEME = 'natolex';
export const OPEN_PASSAGE_COMMAND = 'natolex.openPassage';
/** Every *.natolex.json is a glossary (the language service's GLOSSARY_GLOB; a unit test checks they agree). */
export const GLOSSARY_FILES = '**/*.natolex.json';
/** The documents the glossary quick fixes are offered on (glossaries named by natolex.glossaries may have any name). */
export const GLOSSARY_SELECTOR: vscode.DocumentSelector = [{ language: 'json' }, { language: 'jsonc' }, { pattern: GLOSSARY_FILES }];
export const DRAFT_CODE_ACTION_KINDS = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll];
export const GLOSSARY_CODE_ACTION_KINDS = [vscode.CodeActionKind.QuickFix];

/** Schemes whose documents are not drafts: output panes, SCM views, our own read-only documents. */
export const SKIPPED_SCHEMES = new Set(['natolex', 'output', 'git', 'vscode-scm', 'debug', 'vscode-settings', 'walkThroughSnippet']);

/** natolex.enabledLanguages for a resource (or the window), as readSettings reads it. */
export function enabledLanguages(scope?: vscode.ConfigurationScope): string[] {
  return enabledLanguagesOf(vscode.workspace.getConfiguration('natolex', scope).get('enabledLanguages'));
}

/** The extension host this code runs in: the web worker has no Node `process` global. */
export function extensionHostKind(): 'node' | 'web-worker' {
  return typeof process === 'undefined' ? 'web-worker' : 'node';
}
