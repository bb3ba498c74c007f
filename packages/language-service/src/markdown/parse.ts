// The Markdown parser: CommonMark plus GFM (tables, footnotes, autolink literals, strikethrough, task lists) and
// YAML/TOML front matter, via micromark and mdast-util-from-markdown. Chosen because every node it builds carries
// exact source offsets (a prose model is only as good as its positions), it is CommonMark-compliant, linear in the
// input, pure ESM and runs unchanged in browsers and web workers. Nothing here runs content: the tree is data.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

const FRONT_MATTER = ['yaml', 'toml'] as const;

/** The syntax tree of a Markdown text (GFM, front matter). */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter([...FRONT_MATTER])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...FRONT_MATTER])],
  });
}
