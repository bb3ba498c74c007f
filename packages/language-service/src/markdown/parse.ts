// The Markdown parser: CommonMark plus the GFM constructs that decide what is prose (tables, footnotes) and YAML/TOML
// front matter, via micromark and mdast-util-from-markdown. Chosen because every node it builds carries exact source
// offsets (a prose model is only as good as its positions), it is CommonMark-compliant, pure ESM and runs unchanged
// in browsers and web workers. GFM's bare-URL extension is left out: it slows down more than linearly on long
// paragraphs (7.6× the time for 4× a one-paragraph text), so prose.ts finds bare URLs itself, in one pass. Nothing
// here runs content: the tree is data.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';

const FRONT_MATTER = ['yaml', 'toml'] as const;

/**
 * The syntax tree of a Markdown text (CommonMark, GFM tables and footnotes, front matter). `frontMatter: false` reads
 * a part of a document that does not start at its beginning (where "---" is a thematic break, never front matter).
 */
export function parseMarkdown(text: string, { frontMatter = true }: { frontMatter?: boolean } = {}): Root {
  return fromMarkdown(text, {
    extensions: [gfmFootnote(), gfmTable(), ...(frontMatter ? [frontmatter([...FRONT_MATTER])] : [])],
    mdastExtensions: [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), ...(frontMatter ? [frontmatterFromMarkdown([...FRONT_MATTER])] : [])],
  });
}
