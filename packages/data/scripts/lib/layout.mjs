// The layout of the cleaned seed: a heading line, then for each topic an A–Z index line ("  • <label>") followed by
// the topic's whole text on one indented line ("    <text>").

const INDEX_PREFIX = '  • ';
const BODY_PREFIX = '    ';

/**
 * Splits the cleaned text into its heading and its index entries. Offsets are into the cleaned text. Throws with
 * the line number when a line fits neither shape, so a changed seed cannot be read silently wrong.
 */
export function parseLayout(cleanedText) {
  const lines = cleanedText.split('\n');
  const lineOffsets = [];
  let offset = 0;
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }

  const heading = { text: lines[0] ?? '', offset: 0 };
  const entries = [];
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (line === '') continue;
    if (line.startsWith(INDEX_PREFIX)) {
      entries.push({
        indexLabel: line.slice(INDEX_PREFIX.length),
        labelOffset: lineOffsets[index] + INDEX_PREFIX.length,
        line: index + 1,
        body: '',
        bodyOffset: -1,
      });
      continue;
    }
    const entry = entries.at(-1);
    if (line.startsWith(BODY_PREFIX) && entry && entry.bodyOffset === -1) {
      entry.body = line.slice(BODY_PREFIX.length);
      entry.bodyOffset = lineOffsets[index] + BODY_PREFIX.length;
      continue;
    }
    throw new Error(`cleaned text line ${index + 1}: expected "${INDEX_PREFIX}<index label>" or the topic text after it`);
  }
  return { heading, entries };
}
