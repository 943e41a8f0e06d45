import type { ReactiveControllerHost } from 'lit';
import type { PlacedProblems, ProblemsByField } from '../problems';

/**
 * Which problems the editor shows: those of fields the person has changed or left (`meta:title`,
 * `<id>:date`), and every one there is when Draft, Export or Open is pressed; for a big story
 * still being checked in steps, every one there is once it is checked. A problem never shows
 * under a field the person has not reached yet.
 */
export class ShownProblems {
  private readonly touched = new Set<string>();
  private revealWhenChecked = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A field was changed or left: its problems show from now on. */
  touch(field: string): void {
    if (this.touched.has(field)) return;
    this.touched.add(field);
    this.host.requestUpdate();
  }

  /** Every problem there is now shows, as if its field had been touched. */
  revealAll(placed: PlacedProblems): void {
    for (const field of Object.keys(placed.meta)) this.touched.add(`meta:${field}`);
    for (const [id, fields] of placed.candidates) for (const field of Object.keys(fields)) this.touched.add(`${id}:${field}`);
    this.revealWhenChecked = placed.unchecked > 0;
    this.host.requestUpdate();
  }

  /** The story's check finished a step: reveal what it found when Draft, Export or Open asked before it was done. */
  checked(placed: PlacedProblems): void {
    if (this.revealWhenChecked) this.revealAll(placed);
  }

  /** Another draft is shown: the fields touched belonged to the one before. */
  forget(): void {
    this.touched.clear();
    this.revealWhenChecked = false;
  }

  /** The problems to show of those placed. */
  of(placed: PlacedProblems): { meta: ProblemsByField; candidates: Map<string, ProblemsByField> } {
    const pick = (fields: ProblemsByField, key: (field: string) => string) =>
      Object.fromEntries(Object.entries(fields).filter(([field]) => this.touched.has(key(field))));
    const candidates = new Map<string, ProblemsByField>();
    for (const [id, fields] of placed.candidates) {
      const shown = pick(fields, (field) => `${id}:${field}`);
      if (Object.keys(shown).length) candidates.set(id, shown);
    }
    return { meta: pick(placed.meta, (field) => `meta:${field}`), candidates };
  }
}
