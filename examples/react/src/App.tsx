import { useRef, useState } from 'react';
import 'history-timeline';
import type { HistoryTimeline, TimelineSelectDetail } from 'history-timeline';
import { stories, type StoryName } from './stories';

export function App() {
  const timeline = useRef<HistoryTimeline>(null);
  const [storyName, setStoryName] = useState<StoryName>('apollo');
  const [selected, setSelected] = useState<string | null>(null);
  const [shown, setShown] = useState(true);

  const onSelect = (event: CustomEvent<TimelineSelectDetail>) => setSelected(event.detail.id);
  const story = stories[storyName];

  return (
    <main>
      <h1>{story.title}</h1>
      <p>
        <button onClick={() => setStoryName(storyName === 'apollo' ? 'berlin' : 'apollo')}>Other story</button>
        <button onClick={() => timeline.current?.select(story.events[story.events.length - 1].id)}>Select the last event</button>
        <button onClick={() => setShown(!shown)}>{shown ? 'Remove the timeline' : 'Show the timeline'}</button>
      </p>
      <p>
        Selected: <output id="selected">{selected ?? 'none'}</output>
      </p>
      {shown && <history-timeline ref={timeline} story={story} ontimeline-select={onSelect} />}
    </main>
  );
}
