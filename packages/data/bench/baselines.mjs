// The two baselines the engine is measured against, written the way glossary hovers usually are.

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Naive: one RegExp per form, `\b…\b`, every match collected, then sorted and overlaps dropped (longest first). */
export function naiveBaseline(forms) {
  const patterns = forms.map(({ form, id }) => ({ pattern: new RegExp(`\\b${escapeRegExp(form)}\\b`, 'g'), id }));
  return (text) => {
    const found = [];
    for (const { pattern, id } of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        found.push({ start: match.index, end: match.index + match[0].length, id });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches = [];
    let covered = 0;
    for (const match of found) {
      if (match.start < covered) continue;
      matches.push(match);
      covered = match.end;
    }
    return matches;
  };
}

/** Clever: one alternation of every form, longest first, `\b(?:…)\b`, and a Map from form to id. */
export function cleverBaseline(forms) {
  const ids = new Map(forms.map(({ form, id }) => [form, id]));
  const sorted = [...ids.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:${sorted.map(escapeRegExp).join('|')})\\b`, 'g');
  return (text) => {
    const matches = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      matches.push({ start: match.index, end: match.index + match[0].length, id: ids.get(match[0]) });
    }
    return matches;
  };
}
