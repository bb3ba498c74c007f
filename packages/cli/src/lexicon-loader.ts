// The lexicon the commands query: the bundled corpus plus workspace glossaries, read from the file system and
// checked by the language service (strict UTF-8, positions, each glossary validated once, ids and references checked
// with the corpus). A glossary that is unreadable, not UTF-8, invalid, reuses an id or refers to an id nobody has
// is reported as file:line:col and nothing is loaded (exit status 2), so a CI run never checks against half a
// glossary. This file only reads bytes and formats lines.
import { readFile } from 'node:fs/promises';
import type { Lexicon } from '@natolex/data';
import { checkGlossaries as checkGlossaryInputs, schemaOneGlossaries, type GlossaryConflict, type GlossaryInput } from '@natolex/language-service';
import { formatIssue, formatOmitted, type ValidationIssue } from '@natolex/schema';

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

/** What was found in one glossary on its own: its schema, syntax and encoding problems (at most ISSUE_LIMIT listed). */
export interface GlossaryReport {
  file: string;
  valid: boolean;
  errors: ValidationIssue[];
  omitted: number;
}

export interface GlossaryCheck {
  /** The lexicon, when every glossary is valid on its own and together with the others and the bundled corpus. */
  lexicon?: Lexicon;
  files: GlossaryReport[];
  /** Problems between glossaries and the corpus (a reused id, a reference to an id nobody has), as file:line:col lines. */
  conflicts: string[];
  /** The glossaries (as displayed) written in schema 1: they load, upgraded, and `natolex migrate` would rewrite them. */
  schemaOne: string[];
}

async function inputFor(glossary: GlossaryFile): Promise<GlossaryInput> {
  try {
    // Bytes: the language service decodes them strictly ('utf8' would turn bad bytes into U+FFFD silently).
    return { key: glossary.path, label: glossary.display, bytes: await readFile(glossary.path) };
  } catch (error) {
    return { key: glossary.path, label: glossary.display, readError: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

function conflictLine(conflict: GlossaryConflict): string {
  return conflict.key === undefined ? `natolex: ${conflict.message}` : formatIssue(conflict);
}

/** Reads and checks glossaries: each on its own, then together with the bundled corpus. Never throws for a problem of the files. */
export async function checkGlossaries(glossaries: readonly GlossaryFile[]): Promise<GlossaryCheck> {
  const inputs: GlossaryInput[] = [];
  for (const glossary of glossaries) inputs.push(await inputFor(glossary));
  const check = checkGlossaryInputs(inputs, { mode: 'strict' });
  return {
    ...(check.lexicon === undefined ? {} : { lexicon: check.lexicon }),
    files: check.files.map(({ file, valid, errors, omitted }) => ({ file, valid, errors, omitted })),
    conflicts: check.conflicts.map(conflictLine),
    schemaOne: schemaOneGlossaries(check.loaded).map((glossary) => glossary.label),
  };
}

/** Every problem of a check as the lines commands print: file:line:col  pointer  message, and the unlisted counts. */
export function problemLines(check: GlossaryCheck): string[] {
  const lines = check.files.flatMap((report) => [
    ...report.errors.map(formatIssue),
    ...(report.omitted > 0 ? [formatOmitted(report.omitted, report.file)] : []),
  ]);
  return [...lines, ...check.conflicts];
}

/** The lexicon of the corpus and the glossaries, and which of them are in schema 1; throws GlossaryError when any cannot load. */
export async function loadLexicon(glossaries: readonly GlossaryFile[]): Promise<{ lexicon: Lexicon; schemaOne: string[] }> {
  const check = await checkGlossaries(glossaries);
  if (check.lexicon) return { lexicon: check.lexicon, schemaOne: check.schemaOne };
  throw new GlossaryError(problemLines(check));
}
