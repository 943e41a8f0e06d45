/**
 * An event's picture is drawn by the later parts (views/media.ts): a detail shown before they have
 * loaded waits for them, so its first drawing already has the picture. Its own file, so the later
 * parts are not loaded yet when the timeline starts.
 */
import { afterEach, expect, test } from 'vitest';
import { articleStory, detail, place, unmountAll, until } from '../support/harness';
import { PICTURE } from '../support/picture';

afterEach(unmountAll);

test('a detail open from the start is first drawn with its picture, caption and credit', async () => {
  const story = structuredClone(articleStory);
  const event = Object.assign(story.events[3], { media: PICTURE });
  let firstDetail: { picture: boolean; caption: string | null } | null = null;
  const el = place((el) => {
    el.setAttribute('selected', event.id);
    el.story = story;
  });
  // The detail as its first render left it, before any later render could add to it.
  const observer = new MutationObserver(() => {
    const panel = detail(el);
    if (!panel || firstDetail) return;
    firstDetail = { picture: panel.querySelector(`img[src="${PICTURE.src}"]`) !== null, caption: panel.querySelector(`[part="media"] figcaption`)?.textContent ?? null };
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  await until(() => firstDetail !== null, 'the detail was drawn');
  observer.disconnect();
  expect(firstDetail).toEqual({ picture: true, caption: `${PICTURE.caption} ${PICTURE.credit}` });
});
