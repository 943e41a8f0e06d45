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
