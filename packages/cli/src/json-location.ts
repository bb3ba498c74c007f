// Where a JSON pointer points in a JSON text, as file:line:col, for messages about glossaries and configuration.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { LineIndex, type Position } from './positions.js';

export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? Number(token) : token));
}

/** Line and column of the value a pointer names (1:1 when the text does not parse or has no such value). */
export function locatePointer(text: string, pointer: string): Position {
  const root = parseTree(text);
  const node = root ? findNodeAtLocation(root, pointerSegments(pointer)) : undefined;
  return new LineIndex(text).position(node?.offset ?? 0);
}
