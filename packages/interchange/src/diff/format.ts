// The diff in words: plain lines for `natolex diff`, Markdown for the data CHANGELOG. Grouped by kind and action,
// in a fixed order, so the same diff always reads the same.
import { requiredBump, type Change, type ChangeAction, type ChangeKind, type LexiconDiff } from './diff.js';

const KINDS: ChangeKind[] = ['concept', 'term', 'definition', 'context', 'event', 'source', 'topic', 'snippet'];
const ACTIONS: ChangeAction[] = ['removed', 'renamed', 'moved', 'added', 'changed'];

function groups(diff: LexiconDiff): Array<{ title: string; changes: Change[] }> {
  const result: Array<{ title: string; changes: Change[] }> = [];
  for (const kind of KINDS) {
    for (const action of ACTIONS) {
      const changes = diff.changes.filter((change) => change.kind === kind && change.action === action);
      if (changes.length > 0) result.push({ title: `${kind}s ${action}`, changes });
    }
  }
  return result;
}

function describe(change: Change): string {
  return `${change.id}${change.detail ? `: ${change.detail}` : ''} (${change.bump})`;
}

/** Plain text: a summary line, then each group with its changes, then the ids that disappeared. */
export function formatDiffText(diff: LexiconDiff): string {
  const lines = [`required bump: ${requiredBump(diff)} (${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}, ${diff.removedIds.length} id${diff.removedIds.length === 1 ? '' : 's'} gone)`];
  for (const group of groups(diff)) {
    lines.push(`${group.title}: ${group.changes.length}`);
    for (const change of group.changes) lines.push(`  ${describe(change)}`);
  }
  if (diff.removedIds.length > 0) lines.push(`ids that disappeared: ${diff.removedIds.length}`, ...diff.removedIds.map((id) => `  ${id}`));
  return `${lines.join('\n')}\n`;
}

/** Text as literal Markdown: the characters that start markup (and HTML) backslash-escaped, line breaks as spaces. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|#!]/g, (c) => `\\${c}`);
}

/** Markdown for a CHANGELOG section: `## <heading>`, the bump, then a list per group (at most `limit` items each). */
export function formatDiffMarkdown(diff: LexiconDiff, heading: string, limit = 50): string {
  const lines = [`## ${escapeMarkdown(heading)}`, '', `Required bump: **${requiredBump(diff)}**.`, ''];
  const list = (title: string, items: string[]) => {
    lines.push(`### ${title} (${items.length})`, '');
    for (const item of items.slice(0, limit)) lines.push(`- ${escapeMarkdown(item)}`);
    if (items.length > limit) lines.push(`- … and ${items.length - limit} more`);
    lines.push('');
  };
  for (const group of groups(diff)) list(group.title[0]?.toUpperCase() + group.title.slice(1), group.changes.map(describe));
  if (diff.removedIds.length > 0) list('Ids that disappeared', diff.removedIds);
  if (diff.changes.length === 0 && diff.removedIds.length === 0) lines.push('No change to the lexicon.', '');
  return lines.join('\n');
}
