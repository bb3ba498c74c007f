// The lexicon the commands query: the bundled corpus plus workspace glossaries. A glossary that is unreadable,
// invalid, or reuses an id is reported as file:line:col and nothing is loaded (exit status 2), so a CI run never
// checks against half a glossary.
import { readFile } from 'node:fs/promises';
import { createLexicon, isLexiconError, type Lexicon, type LexiconDocument } from '@natolex/data';
import { formatIssue, validateLexiconText } from '@natolex/schema';
import { locatePointer } from './json-location.js';

export class GlossaryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

export interface GlossaryFile {
  /** Absolute path. */
  path: string;
  /** How the file is named in messages. */
  display: string;
}

export async function loadLexicon(glossaries: readonly GlossaryFile[]): Promise<Lexicon> {
  const problems: string[] = [];
  const documents: LexiconDocument[] = [];
  const texts: string[] = [];
  for (const glossary of glossaries) {
    let text: string;
    try {
      text = await readFile(glossary.path, 'utf8');
    } catch (error) {
      problems.push(`${glossary.display}:1:1  cannot read the glossary (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const result = validateLexiconText(text, glossary.display);
    if (!result.valid) {
      problems.push(...result.errors.map((issue) => `${formatIssue(issue)}`));
      continue;
    }
    documents.push(JSON.parse(text.replace(/^\uFEFF/, '')) as LexiconDocument);
    texts.push(text);
  }
  if (problems.length > 0) throw new GlossaryError(problems);
  try {
    return createLexicon(documents);
  } catch (error) {
    if (!isLexiconError(error)) throw error;
    const index = error.documentIndex;
    const glossary = index === undefined ? undefined : glossaries[index];
    if (!glossary || index === undefined) throw new GlossaryError([`natolex: ${error.message}`]);
    const { line, column } = locatePointer(texts[index] as string, error.pointer);
    throw new GlossaryError([`${glossary.display}:${line}:${column}  ${error.pointer || '(root)'}  ${error.message}`]);
  }
}
