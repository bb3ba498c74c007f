// The inverted index: for each vocabulary word, the records it occurs in with the best weight of a field it occurs
// in, by record. Built in two passes over flat typed arrays (a growing array per word was a fifth of the build):
// first every (word, record, weight) pair in reading order, then grouped by word with a counting sort. Weights are
// small integers (1–5), so they are kept as bytes.
import type { SearchRecords } from './search-records.js';
import type { Vocabulary } from './vocabulary.js';

export interface Postings {
  /** The postings of word w are records/weights[start[w], start[w + 1]), by record. */
  readonly start: Int32Array;
  readonly records: Int32Array;
  readonly weights: Uint8Array;
}

function grown<T extends Int32Array | Uint8Array>(array: T, size: number, fill = 0): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  if (fill !== 0) next.fill(fill);
  next.set(array);
  return next;
}

/** Reads every field of every record into `vocabulary` and returns the postings of its words. */
export function buildPostings(records: SearchRecords, vocabulary: Vocabulary): Postings {
  let pairWords = new Int32Array(1 << 16);
  let pairRecords = new Int32Array(1 << 16);
  let pairWeights = new Uint8Array(1 << 16);
  let pairCount = 0;
  /** The last record each word was seen in, and where its pair is (to raise the pair's weight). */
  let lastRecord = new Int32Array(1 << 12).fill(-1);
  let lastPair = new Int32Array(1 << 12);
  const texts: string[] = [];
  const weights: number[] = [];
  for (let record = 0; record < records.count; record++) {
    const fields = records.readFields(record, texts, weights);
    for (let field = 0; field < fields; field++) {
      const weight = weights[field]!;
      const count = vocabulary.read(texts[field]!);
      const ids = vocabulary.ids;
      if (vocabulary.size > lastRecord.length) {
        const size = Math.max(vocabulary.size, lastRecord.length * 2);
        lastRecord = grown(lastRecord, size, -1);
        lastPair = grown(lastPair, size);
      }
      if (pairCount + count > pairWords.length) {
        const size = Math.max(pairCount + count, pairWords.length * 2);
        pairWords = grown(pairWords, size);
        pairRecords = grown(pairRecords, size);
        pairWeights = grown(pairWeights, size);
      }
      for (let index = 0; index < count; index++) {
        const word = ids[index]!;
        if (lastRecord[word] === record) {
          const pair = lastPair[word]!;
          if (weight > pairWeights[pair]!) pairWeights[pair] = weight;
          continue;
        }
        pairWords[pairCount] = word;
        pairRecords[pairCount] = record;
        pairWeights[pairCount] = weight;
        lastRecord[word] = record;
        lastPair[word] = pairCount++;
      }
    }
  }

  const wordCount = vocabulary.size;
  const start = new Int32Array(wordCount + 1);
  for (let pair = 0; pair < pairCount; pair++) start[pairWords[pair]! + 1]!++;
  for (let word = 0; word < wordCount; word++) start[word + 1]! += start[word]!;
  const postingRecords = new Int32Array(pairCount);
  const postingWeights = new Uint8Array(pairCount);
  const next = start.slice(0, wordCount);
  for (let pair = 0; pair < pairCount; pair++) {
    const at = next[pairWords[pair]!]!++;
    postingRecords[at] = pairRecords[pair]!;
    postingWeights[at] = pairWeights[pair]!;
  }
  return { start, records: postingRecords, weights: postingWeights };
}
