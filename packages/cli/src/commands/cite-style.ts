// natolex cite --style: a built-in style or export name, or the path of a CSL style file (read here, relative to the
// working directory, at most MAX_STYLE_FILE_BYTES), and --form for CSL styles.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { CitationForm, CitationStyle, CslStyleText } from '@natolex/data';
import { UsageError } from '../context.js';

export const CITE_STYLES: readonly CitationStyle[] = ['chicago-note', 'apa', 'harvard', 'csl-json', 'bibtex', 'ris', 'pandoc'];
export const CITE_FORMS: readonly CitationForm[] = ['citation', 'inline', 'bibliography'];

/** Real CSL styles are tens of kilobytes; the data package reads at most 512 KiB of style text. */
export const MAX_STYLE_FILE_BYTES = 512 * 1024;

/** A user-given value for an error message: as is when plain, else quoted, capped, control characters escaped. */
function quoted(value: string): string {
  if (/^[\w.-]{1,100}$/.test(value)) return value;
  const clipped = value.length > 100 ? `${value.slice(0, 100)}…` : value;
  return JSON.stringify(clipped).replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function looksLikePath(value: string): boolean {
  return /\.csl$/i.test(value) || value.includes('/') || value.includes('\\');
}

function readStyleFile(value: string, cwd: string): CslStyleText {
  const path = isAbsolute(value) ? value : resolve(cwd, value);
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new UsageError(`--style ${quoted(value)}: not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--style ${quoted(value)}: no such CSL style file`);
  }
  if (size > MAX_STYLE_FILE_BYTES) throw new UsageError(`--style ${quoted(value)}: the file is ${size} bytes; a CSL style may have at most ${MAX_STYLE_FILE_BYTES}`);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) throw new UsageError(`--style ${quoted(value)}: not a CSL style (an XML file whose root element is <style>)`);
  return text.trimStart() as CslStyleText;
}

/** The style to cite with: a name of CITE_STYLES (default chicago-note) or the text of the CSL file named. */
export function citeStyleOption(value: string | undefined, cwd: string): CitationStyle | CslStyleText {
  if (value === undefined) return 'chicago-note';
  if (CITE_STYLES.includes(value as CitationStyle)) return value as CitationStyle;
  if (looksLikePath(value)) return readStyleFile(value, cwd);
  throw new UsageError(`--style ${quoted(value)}: must be one of ${CITE_STYLES.join(', ')}, or the path of a .csl file`);
}

export function citeFormOption(value: string | undefined): CitationForm | undefined {
  if (value === undefined) return undefined;
  if (CITE_FORMS.includes(value as CitationForm)) return value as CitationForm;
  throw new UsageError(`--form ${quoted(value)}: must be one of ${CITE_FORMS.join(', ')}`);
}
