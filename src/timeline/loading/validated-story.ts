import { buildEventIndex } from '../../layout/event-index';
import { eventShape } from '../../layout/marks';
import type { ValidationResult } from '../../model/types';
import type { Problems } from '../../model/validation/problems';
import { LoadedStory } from '../loaded-story';

const EMPTY = { title: '', sources: [], events: [] };

/**
 * A LoadedStory from a story validated already (in a worker, or in its own task), so the main
 * thread does not validate 100,000 events a second time in the task that draws them.
 * LoadedStory validates in its constructor; it is given an empty story, then the real one.
 */
export class ValidatedStory extends LoadedStory {
  /** `said`: the problems as the validator said them, when they wait for their words (see readStory). */
  constructor(result: ValidationResult, said?: Problems) {
    super(EMPTY);
    const events = result.story?.events ?? [];
    // The same fields, built the same way, as LoadedStory's constructor.
    Object.assign(this, {
      story: result.story,
      problems: result.problems,
      events,
      index: buildEventIndex(events.map((e) => ({ start: e.calendar.startMs, end: e.calendar.endMs }))),
      shapes: events.map((e) => eventShape(e.calendar)),
      ...(said && { said }),
    });
  }
}
