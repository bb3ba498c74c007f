// Adding a source to a bibliography file (CSL-JSON or BibTeX) with one small insertion, so the rest of the file is
// untouched and the edit is one undo step together with the citation. A file that cannot be read as what it claims
// to be is reported, never rewritten.
import type { TextEdit } from '@natolex/data';

export class BibliographyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BibliographyError';
  }
}

export interface BibliographyUpdate {
  /** The edit to the file's current text (an insertion), or undefined when the entry is already there. */
  edit: TextEdit | undefined;
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function indent(text: string, prefix: string, eol: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join(eol);
}

/** Adds a CSL-JSON item (an object with an `id`) to a CSL-JSON array text; `text` undefined means a new file. */
export function addToCslJson(text: string | undefined, item: { id: string } & Record<string, unknown>, eolForNewFile = '\n'): BibliographyUpdate {
  const itemJson = JSON.stringify(item, null, 2);
  if (text === undefined || text.trim() === '') {
    const eol = text === undefined ? eolForNewFile : lineBreakOf(text);
    return { edit: { start: 0, end: text?.length ?? 0, text: `[${eol}${indent(itemJson, '  ', eol)}${eol}]${eol}` } };
  }
  let items: unknown;
  try {
    items = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BibliographyError(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(items)) throw new BibliographyError('is not a CSL-JSON array of items');
  if (items.some((existing) => typeof existing === 'object' && existing !== null && (existing as { id?: unknown }).id === item.id)) return { edit: undefined };
  const eol = lineBreakOf(text);
  const close = text.lastIndexOf(']');
  let last = close - 1;
  while (last >= 0 && /\s/.test(text[last]!)) last--;
  if (items.length === 0) {
    const open = text.indexOf('[');
    return { edit: { start: open, end: close + 1, text: `[${eol}${indent(itemJson, '  ', eol)}${eol}]` } };
  }
  return { edit: { start: last + 1, end: last + 1, text: `,${eol}${indent(itemJson, '  ', eol)}` } };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Adds a BibTeX entry (with key `key`) at the end of a BibTeX text, unless an entry with that key exists. */
export function addToBibtex(text: string | undefined, key: string, entry: string, eolForNewFile = '\n'): BibliographyUpdate {
  const current = text ?? '';
  if (new RegExp(`@[A-Za-z]+\\s*[{(]\\s*${escapeRegExp(key)}\\s*,`).test(current)) return { edit: undefined };
  const eol = text === undefined ? eolForNewFile : lineBreakOf(current);
  const separator = current === '' || /\r?\n\r?\n$/.test(current) ? '' : current.endsWith('\n') ? eol : `${eol}${eol}`;
  const body = entry.split('\n').join(eol);
  return { edit: { start: current.length, end: current.length, text: `${separator}${body}${eol}` } };
}
