// Bounds on glob patterns. The matcher compiles a glob to a regular expression, and V8's backtracking makes each
// further '*' in a segment multiply the cost on a name that almost matches ('*a*a*a*…b' against 'aaaa…': minutes),
// and each brace group multiply it again. These bounds keep the worst case to milliseconds per file name while
// leaving everyday globs ('docs/**/*.{md,txt}', '**/drafts/*-v*.md') alone.

/** Longest glob accepted, in characters. */
export const MAX_GLOB_LENGTH = 1_000;
/** Most wildcards in one glob: each run of '*' in a segment counts once, and so does a '**' segment. */
export const MAX_GLOB_WILDCARDS = 3;
/** Most brace groups ('{a,b}', '{1..9}') in one glob, nested ones included. */
export const MAX_GLOB_BRACE_GROUPS = 3;

export interface GlobShape {
  wildcards: number;
  braceGroups: number;
  /** Character classes whose range runs backwards ('[z-a]'): no file can match them, so they are mistakes. */
  reversedRanges: string[];
}

/** Counts what makes a glob expensive; backslash escapes and bracket contents are literal. */
export function globShape(pattern: string): GlobShape {
  const shape: GlobShape = { wildcards: 0, braceGroups: 0, reversedRanges: [] };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '*') {
      shape.wildcards++;
      while (pattern[i + 1] === '*') i++;
    } else if (ch === '{') shape.braceGroups++;
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) continue;
      const body = pattern.slice(i + 1, close).replace(/^[!^]/, '');
      for (const [range, from, to] of body.matchAll(/(.)-(.)/gu)) {
        if ((from as string).codePointAt(0)! > (to as string).codePointAt(0)!) shape.reversedRanges.push(`[${range}]`);
      }
      i = close;
    }
  }
  return shape;
}

/** Why a glob is refused, or undefined when it is within the bounds. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_GLOB_LENGTH) return `a glob may be at most ${MAX_GLOB_LENGTH.toLocaleString('en-US')} characters long`;
  const shape = globShape(pattern);
  if (shape.reversedRanges.length > 0) return `invalid character range ${shape.reversedRanges[0]} (the first character must not sort after the last)`;
  if (shape.wildcards > MAX_GLOB_WILDCARDS) return `too many wildcards (at most ${MAX_GLOB_WILDCARDS} '*' or '**' in one glob)`;
  if (shape.braceGroups > MAX_GLOB_BRACE_GROUPS) return `too many brace groups (at most ${MAX_GLOB_BRACE_GROUPS} '{…}' in one glob)`;
  return undefined;
}
