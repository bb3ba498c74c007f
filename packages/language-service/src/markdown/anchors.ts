// Where a Markdown text can be cut so that each part parses alone exactly as inside the whole text (see
// incremental.ts for the argument), and the reference and footnote definitions a part needs from elsewhere.
import type { Nodes, Parents, Root } from 'mdast';

/** A reference or footnote definition: where it is, its identifier, and a line that defines the same label. */
export interface Definition {
  start: number;
  key: string;
  dummy: string;
}

/** Where a line may not start for its block to be an anchor: spaces, list markers, digits, fence characters. */
const NOT_ANCHOR = new Set([' ', '\t', '\r', '\n', '-', '+', '*', '`', '~', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
/** A line that cannot continue any construct: it starts a paragraph wherever nothing is left open. */
export const SENTINEL = 'x\n';

/** Whether the line before `offset` is blank (spaces, tabs or CRs between two line feeds). */
export function blankLineBefore(text: string, offset: number): boolean {
  if (offset < 2 || text.charCodeAt(offset - 1) !== 0x0a) return false;
  let at = offset - 2;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t' || text[at] === '\r')) at--;
  return at >= 0 && text.charCodeAt(at) === 0x0a;
}

export function isAnchor(text: string, offset: number): boolean {
  return offset < text.length && !NOT_ANCHOR.has(text[offset]!) && blankLineBefore(text, offset);
}

/** The first offset >= `from` that could be an anchor (a line start passing isAnchor), else the text's length. */
export function nextAnchorCandidate(text: string, from: number): number {
  let lineStart = from === 0 || text.charCodeAt(from - 1) === 0x0a ? from : text.indexOf('\n', from) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    if (isAnchor(text, lineStart)) return lineStart;
    lineStart = text.indexOf('\n', lineStart) + 1;
  }
  return text.length;
}

const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** The definitions of a tree that start before `length`, shifted by `offset`, in document order. */
export function definitionsOf(tree: Root, length: number, offset: number): Definition[] {
  const found: Definition[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const start = node.position?.start.offset;
    if (start !== undefined && start >= length) continue;
    if ((node.type === 'definition' || node.type === 'footnoteDefinition') && start !== undefined) {
      // The raw label re-reads as the same identifier, unless it spans lines (inside a quote, with its ">"s).
      const label = node.label !== undefined && node.label !== null && !/[\r\n]/.test(node.label) ? node.label : node.identifier;
      const footnote = node.type === 'footnoteDefinition';
      found.push({ start: start + offset, key: `${footnote ? '^' : ''}${node.identifier}`, dummy: footnote ? `[^${label}]: x` : `[${label}]: x` });
    }
    if (CONTAINERS.has(node.type)) {
      const children = (node as Parents).children;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Anchors among the top-level nodes of the tree of `part` (and what was appended to it), after its start, as offsets
 * of the text `part` starts at `offset` of. The blank line before an anchor lies inside the part, which starts with
 * an anchor or the text.
 */
export function anchorsOf(tree: Root, part: string, offset: number): number[] {
  const anchors: number[] = [];
  for (const child of tree.children) {
    const start = child.position?.start.offset;
    if (start !== undefined && start > 0 && start < part.length && isAnchor(part, start)) anchors.push(offset + start);
  }
  return anchors;
}

/** Whether the sentinel put at `length` starts a top-level paragraph: nothing of the part is left open there. */
export function closedAt(tree: Root, length: number): boolean {
  const children = tree.children;
  for (let index = children.length - 1; index >= 0; index--) {
    const start = children[index]!.position?.start.offset;
    if (start === undefined || start > length) continue;
    return start === length && children[index]!.type === 'paragraph';
  }
  return false;
}

/** The dummy definition lines of `definitions` (one per distinct label), to append after a part: "\n\n[label]: x"… */
export function dummiesOf(definitions: readonly Definition[]): string[] {
  return [...new Set(definitions.map((definition) => definition.dummy))];
}

export const startsWithFrontMatter = (tree: Root): boolean => tree.children[0]?.type === 'yaml' || (tree.children[0]?.type as string) === 'toml';
