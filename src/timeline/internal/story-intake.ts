import { LoadedStory } from '../loaded-story';
import type { TimelineInternals } from './timeline-internals';

/** A story already read (by the loader's slices); `instanceof` on a hostile Proxy can throw, so guard it. */
function isLoadedStory(input: unknown): input is LoadedStory {
  try {
    return input instanceof LoadedStory;
  } catch {
    return false;
  }
}

/** Shows a new story: read (unless the loader read it already), then every controller starts again from it. */
export function showStory(internals: TimelineInternals, input: unknown): void {
  // A big story by URL arrives validated already (see StoryLoadController).
  const loaded = isLoadedStory(input) ? input : new LoadedStory(input);
  internals.loaded = loaded;
  internals.host.requestUpdate();
  internals.phrases.clear();
  internals.detail.closeEra();
  internals.later?.lists.reset();
  internals.later?.sourceView.reset();
  internals.live?.reset();
  // Whatever the old story was steering towards is gone with it.
  internals.reveal.cancel();
  internals.rovingFocus.resetForStory((id) => loaded.positionOf(id) !== undefined, loaded.events[0]?.id ?? null);
  internals.time.useStory(loaded, internals.timeScaleMode);
  internals.later?.searching.readFromUrl();
  internals.later?.searching.prepare(loaded);
  internals.groups.readFromUrl(new Set(loaded.groups.map((g) => g.id)));
  // Problems read in the first frame wait for their words, which come with the later parts.
  if (loaded.problemsWaiting) internals.parts.sayProblems();
  else if (loaded.problems.length) internals.report(loaded.problems);
  internals.selection.settleNewStory();
}
