// Rule: everything the lexicon presents as the source's words is a verbatim span of the cleaned text: snippet
// texts, provenance quotes (inside the snippet they name), definitions (in order inside their first provenance
// snippet; a trimmed definition marks each cut with " … " and each piece is verbatim), contexts (whole, inside their
// first provenance snippet), event texts and dates.
import { ELISION, piecesOccurInOrder } from '../scripts/lib/text.mjs';
import { provenanceSpans } from './records.mjs';

const shorten = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

export default {
  id: 'verbatim-spans',
  description: 'snippets, quotes, definitions, contexts and event texts occur verbatim in the cleaned source text',
  check({ lexicon, cleanedText }) {
    const issues = [];
    const snippetText = new Map((lexicon.snippets ?? []).map((snippet) => [snippet.id, snippet.text]));

    for (const snippet of lexicon.snippets ?? []) {
      if (!cleanedText.includes(snippet.text)) issues.push({ where: snippet.id, message: `text ${shorten(snippet.text)} is not in the cleaned text` });
    }
    for (const { owner, pointer, provenance } of provenanceSpans(lexicon)) {
      const within = provenance.snippet === undefined ? cleanedText : snippetText.get(provenance.snippet) ?? '';
      if (!within.includes(provenance.quote)) {
        const place = provenance.snippet === undefined ? 'the cleaned text' : provenance.snippet;
        issues.push({ where: `${owner} ${pointer}`, message: `quote ${shorten(provenance.quote)} is not verbatim in ${place}` });
      }
    }
    for (const concept of lexicon.concepts ?? []) {
      for (const [key, elisions] of [['definitions', true], ['contexts', false]]) {
        (concept[key] ?? []).forEach((item, index) => {
          const first = item.provenance?.[0];
          const within = first?.snippet === undefined ? cleanedText : snippetText.get(first.snippet) ?? '';
          const place = first?.snippet ?? 'the cleaned text';
          if (elisions ? !piecesOccurInOrder(within, item.text) : !within.includes(item.text)) {
            const how = elisions ? ` (pieces split at "${ELISION.trim()}")` : '';
            issues.push({ where: `${concept.id} /${key}/${index}`, message: `${key.slice(0, -1)} ${shorten(item.text)} is not verbatim${how} in ${place}` });
          }
        });
      }
    }
    for (const event of lexicon.events ?? []) {
      const within = event.provenance?.snippet === undefined ? cleanedText : snippetText.get(event.provenance.snippet) ?? '';
      if (!within.includes(event.text)) issues.push({ where: event.id, message: `text ${shorten(event.text)} is not verbatim in ${event.provenance?.snippet ?? 'the cleaned text'}` });
      if (event.dateText !== undefined && !piecesOccurInOrder(within, event.dateText)) {
        issues.push({ where: event.id, message: `dateText ${shorten(event.dateText)} is not verbatim in ${event.provenance?.snippet ?? 'the cleaned text'}` });
      }
    }
    return issues;
  },
};
