import { afterEach, describe, expect, test } from 'vitest';
import { draftStory } from '../../../src/authoring/draft';
import { Drafter } from '../../../src/editor/drafting/drafter';
import { draftNewEvent } from '../../../src/editor/drafting/drafting';

const article = 'On 3 July 2025 the council approved the bridge.\n\nWork began in March 2026, the mayor said.';
const options = { published: '2025-07-04', title: 'Bridge' };
const paragraphs = [{ id: 'p1', text: 'On 3 July 2025 the council approved the bridge.' }];

let drafter: Drafter | undefined;
afterEach(() => drafter?.stop());

describe('the drafter', () => {
  test('drafts in a worker where the page allows one, with the same result as drafting in the page', async () => {
    drafter = new Drafter();
    expect(await drafter.runsOn()).toBe('worker');
    expect(await drafter.article(article, options)).toEqual(draftStory(article, options));
    const request = { paragraphs, paragraphId: 'p1', quote: 'the council approved the bridge', published: '2025-07-04' };
    expect(await drafter.newEvent(request)).toEqual(draftNewEvent(request));
  });

  // Last in this file: a policy, once in the page, stays.
  test('where the page forbids the worker, drafts on the main thread with the same result and no violation', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "worker-src 'none'";
    document.head.append(meta);
    drafter = new Drafter();
    expect(await drafter.runsOn()).toBe('main thread');
    expect(await drafter.article(article, options)).toEqual(draftStory(article, options));
    expect(violations).toEqual([]);
  });
});
