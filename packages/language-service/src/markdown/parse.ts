// The Markdown parser: CommonMark plus the GFM constructs that decide what is prose (tables, footnotes) and YAML/TOML
// front matter, via micromark and mdast-util-from-markdown. Chosen because every node it builds carries exact source
// offsets (a prose model is only as good as its positions), it is CommonMark-compliant, pure ESM and runs unchanged
// in browsers and web workers. GFM's bare-URL extension is left out: it slows down more than linearly on long
// paragraphs (7.6× the time for 4× a one-paragraph text), so prose.ts finds bare URLs itself, in one pass. Nothing
// here runs content: the tree is data.
//
// An extension is only given the parser when the text has what its constructs start with (each one tried at every
// line or bracket costs ~10% of the parse): a table needs a "|" or a ":-"/"-:" delimiter cell, a footnote "[^", front
// matter a fence at the text's start. Without those characters the extension cannot match, so the tree is the same
// (parse.test.ts compares).
import type { Root } from 'mdast';
import { fromMarkdown, type Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';

const FRONT_MATTER = ['yaml', 'toml'] as const;
type Extension = ReturnType<typeof gfmTable>;

/** Where a construct of each extension could start (conservative: a false hit only costs time). */
const MAY_HAVE_TABLE = /\||:[ \t]*-|-[ \t]*:/;
const MAY_HAVE_FRONT_MATTER = /^\uFEFF?(?:---|\+\+\+)/;
const FOOTNOTE_START = '[^';

/** The extensions, made once (they are plain tables of constructs; the parser does not change them). */
const SYNTAX = { footnote: gfmFootnote(), table: gfmTable(), frontMatter: frontmatter([...FRONT_MATTER]) };
const TREE = { footnote: gfmFootnoteFromMarkdown(), table: gfmTableFromMarkdown(), frontMatter: frontmatterFromMarkdown([...FRONT_MATTER]) };

/** The extensions `text` needs (see above), in the parser's order: footnotes, tables, front matter. */
export function extensionsFor(text: string, frontMatter: boolean): (keyof typeof SYNTAX)[] {
  const needed: (keyof typeof SYNTAX)[] = [];
  if (text.includes(FOOTNOTE_START)) needed.push('footnote');
  if (MAY_HAVE_TABLE.test(text)) needed.push('table');
  if (frontMatter && MAY_HAVE_FRONT_MATTER.test(text)) needed.push('frontMatter');
  return needed;
}

/**
 * The syntax tree of a Markdown text (CommonMark, GFM tables and footnotes, front matter). `frontMatter: false` reads
 * a part of a document that does not start at its beginning (where "---" is a thematic break, never front matter).
 * `all: true` gives the parser every extension whatever the text (what the tests compare with).
 */
export function parseMarkdown(text: string, { frontMatter = true, all = false }: { frontMatter?: boolean; all?: boolean } = {}): Root {
  const names = all ? (['footnote', 'table', ...(frontMatter ? ['frontMatter' as const] : [])] as const) : extensionsFor(text, frontMatter);
  const extensions: Extension[] = names.map((name) => SYNTAX[name]);
  const mdastExtensions: FromMarkdownExtension[] = names.map((name) => TREE[name]);
  return fromMarkdown(text, { extensions, mdastExtensions });
}
