import type { ReactiveControllerHost } from 'lit';
import type { Drafter } from '../drafting/drafter';

/**
 * Whether titles read as headlines, asked of the draft worker (the rules need compromise, which the
 * page's thread does not load) and kept by title: a card's verdict is known once its title is
 * answered, and typing a title asks only for the new one.
 */
export class HeadlineChecks {
  private readonly known = new Map<string, readonly string[]>();
  private readonly asked = new Set<string>();
  /** Grows with each answer: what was worked out from the verdicts before it is stale. */
  answers = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly drafter: Drafter,
  ) {}

  /** Why `title` does not read as a headline ([] when it does); undefined until the worker answers. */
  of(title: string): readonly string[] | undefined {
    return this.known.get(title);
  }

  /** Asks for the titles not answered or asked yet, in one question; draws again when answered. */
  want(titles: Iterable<string>): void {
    const fresh = [...new Set(titles)].filter((t) => !this.known.has(t) && !this.asked.has(t));
    if (fresh.length === 0) return;
    for (const title of fresh) this.asked.add(title);
    this.drafter.headlineProblems(fresh).then(
      (answers) => {
        fresh.forEach((title, i) => this.known.set(title, answers[i]));
        this.answers++;
        this.host.requestUpdate();
      },
      // Not known, the cards stay to review by hand; a later change asks again.
      () => fresh.forEach((title) => this.asked.delete(title)),
    );
  }
}
