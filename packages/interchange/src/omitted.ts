// What an export could not carry, counted by kind, so the CLI can say so instead of losing it quietly.
export interface Omission {
  /** What was left out, e.g. "provenance section ids (TBX has no place for them)". */
  what: string;
  count: number;
}

export class OmissionCounter {
  private readonly counts = new Map<string, number>();

  add(what: string, count = 1): void {
    if (count > 0) this.counts.set(what, (this.counts.get(what) ?? 0) + count);
  }

  list(): Omission[] {
    return [...this.counts].map(([what, count]) => ({ what, count }));
  }
}
