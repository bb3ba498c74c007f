// TBX ids are XML IDs (NCNames, unique in the file); natolex ids almost always are. The rare one that is not, or
// that another record already uses, gets a sanitised id, counted so the export can say so.
import { isNcName } from '../xml/escape.js';

export class TbxIds {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();
  rewritten = 0;

  /** The TBX id for a natolex id (stable for the same id within one export). */
  claim(id: string): string {
    let candidate = isNcName(id) ? id : `_${id.replace(/[^\p{L}\p{N}._-]/gu, '_')}`;
    if (candidate !== id) this.rewritten++;
    if (this.taken.has(candidate)) {
      // The next suffix to try per id, so that n clashes cost n tries, not n²/2.
      let n = this.next.get(candidate) ?? 2;
      while (this.taken.has(`${candidate}-${n}`)) n++;
      this.next.set(candidate, n + 1);
      candidate = `${candidate}-${n}`;
      this.rewritten++;
    }
    this.taken.add(candidate);
    return candidate;
  }
}
