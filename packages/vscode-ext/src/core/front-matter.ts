// The `bibliography:` field of a Markdown document's YAML front matter, read without a YAML parser: Pandoc writers
// use a handful of shapes (a scalar, a flow list, a block list), and anything else is left alone.

export type BibliographyKind = 'csl-json' | 'bibtex';

export interface BibliographyFile {
  /** The path as written (relative paths are relative to the document's folder). */
  path: string;
  kind: BibliographyKind | undefined;
}

/** The YAML front matter block at the very start of a document (without its --- lines), if any. */
export function frontMatter(text: string): string | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match?.[1];
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && ((trimmed.startsWith('"') && trimmed.endsWith('"')) || (trimmed.startsWith("'") && trimmed.endsWith("'")))) {
    return trimmed.slice(1, -1);
  }
  return trimmed.replace(/\s+#.*$/, '');
}

export function bibliographyKind(path: string): BibliographyKind | undefined {
  if (/\.json$/i.test(path)) return 'csl-json';
  if (/\.(bib|bibtex)$/i.test(path)) return 'bibtex';
  return undefined;
}

/** The files named by `bibliography:` in the front matter, in order. */
export function bibliographyFiles(text: string): BibliographyFile[] {
  const yaml = frontMatter(text);
  if (yaml === undefined) return [];
  const lines = yaml.split(/\r?\n/);
  const index = lines.findIndex((line) => /^bibliography[ \t]*:/.test(line));
  if (index === -1) return [];
  const value = lines[index]!.replace(/^bibliography[ \t]*:/, '').trim();
  let paths: string[];
  if (value.startsWith('[')) {
    paths = value.replace(/^\[|\]\s*$/g, '').split(',').map(unquote);
  } else if (value === '' || value.startsWith('#')) {
    paths = [];
    for (const line of lines.slice(index + 1)) {
      const item = /^[ \t]+-[ \t]+(.+)$/.exec(line) ?? /^-[ \t]+(.+)$/.exec(line);
      if (!item) break;
      paths.push(unquote(item[1]!));
    }
  } else {
    paths = [unquote(value)];
  }
  return paths.filter((path) => path !== '').map((path) => ({ path, kind: bibliographyKind(path) }));
}
