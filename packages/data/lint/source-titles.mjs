// Rule: a source's title is the page's own words. Citations print it, so it must be a verbatim span of the cleaned
// text (never a guess, as the " - " once put in place of the Ukraine page's lost glyph was) and carry no "›" (the
// separator natolex itself uses in labels).
export default {
  id: 'source-titles',
  description: 'source titles are verbatim spans of the cleaned text, without "›"',
  check({ lexicon, cleanedText }) {
    const issues = [];
    for (const source of lexicon.sources ?? []) {
      if (source.title.includes('›')) issues.push({ where: source.id, message: `title "${source.title}" contains "›", which the page does not write` });
      else if (!cleanedText.includes(source.title)) issues.push({ where: source.id, message: `title "${source.title}" is not a verbatim span of the cleaned text` });
    }
    return issues;
  },
};
