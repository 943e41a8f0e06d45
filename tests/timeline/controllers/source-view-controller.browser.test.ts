import { afterEach, describe, expect, test } from 'vitest';
import { DETAIL_TITLE_ID } from '../../../src/timeline/views/detail';
import { paragraphElementId } from '../../../src/timeline/views/sources';
import { detachAll } from '../../support/controller-host';
import { mountPanels, small } from '../../support/panels-host';

afterEach(detachAll);

describe('SourceViewController', () => {
  test('"Show in the article" opens the source view and focuses the cited paragraph, its words highlighted', async () => {
    const { host, $, focused } = await mountPanels(small, { selected: 'b' });
    const citation = small.eventById('b')!.citations[0];
    const button = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="detail"] button')].find((b) => b.textContent === 'Show in the article')!;
    button.click();
    expect(host.showSource).toBe(true);
    await host.updateComplete;
    const paragraph = host.shadowRoot!.getElementById(paragraphElementId(citation.source, citation.paragraph));
    expect(paragraph).not.toBeNull();
    expect(focused()).toBe(paragraph);
    expect(paragraph!.querySelector('mark, [part="quote"]')?.textContent).toBe(citation.quote);
    // A marker beside the paragraph selects its event and takes focus to the detail's title.
    $<HTMLButtonElement>(`[part="citation-marker"][data-event-id="b"]`)!.click();
    await host.updateComplete;
    expect(focused()?.id).toBe(DETAIL_TITLE_ID);
  });
});

describe('SourceViewController: the view', () => {
  test('drawn only with show-source, every paragraph of the sources, nothing highlighted until asked', async () => {
    const { host, $ } = await mountPanels(small);
    expect($('[part~="source-view"]')).toBeNull();
    host.showSource = true;
    await host.updateComplete;
    // Each paragraph with its number and the markers of the events it reports.
    const paragraphs = [...host.shadowRoot!.querySelectorAll('[part~="source"] [part~="paragraph"]')].map((p) => p.textContent!);
    const texts = small.story!.sources[0].paragraphs.map((p) => p.text);
    expect(paragraphs).toHaveLength(texts.length);
    texts.forEach((text, i) => expect(paragraphs[i]).toContain(text));
    expect($('[part~="source"] mark')).toBeNull();
  });

  test('a new story (reset) drops the highlighted words', async () => {
    const { host, sourceView, $ } = await mountPanels(small, { selected: 'a' });
    sourceView.showInArticle(small.eventById('a')!.citations[0]);
    await host.updateComplete;
    expect($('[part~="source"] mark')?.textContent).toBe(small.eventById('a')!.citations[0].quote);
    sourceView.reset();
    host.requestUpdate();
    await host.updateComplete;
    expect($('[part~="source"] mark')).toBeNull();
  });
});
