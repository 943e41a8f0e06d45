import { html } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TextSelectionController } from '../../../src/editor/controllers/text-selection-controller';
import { attach, createHost, detachAll, until } from '../../support/controller-host';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  detachAll();
});

/** A host drawing two paragraphs of drafted text as the editor does, the first with a highlighted run inside. */
async function mountText() {
  const host = createHost();
  const selection = new TextSelectionController(host);
  host.template = () => html`<p data-paragraph-text="p1">The Taliban <mark>captured Kabul</mark> in September 1996.</p>
    <p data-paragraph-text="p2">They returned to power in August 2021.</p>`;
  await attach(host);
  const updates = vi.spyOn(host, 'requestUpdate');
  const paragraph = (id: string) => host.shadowRoot!.querySelector<HTMLElement>(`[data-paragraph-text="${id}"]`)!;
  return { host, selection, updates, paragraph };
}

/** Selects from `startOffset` in `start` to `endOffset` in `end`, as a mouse drag would. */
function select(start: Node, startOffset: number, end: Node, endOffset: number): void {
  document.getSelection()!.setBaseAndExtent(start, startOffset, end, endOffset);
}

describe('TextSelectionController', () => {
  test('words selected in one paragraph are its quote, trimmed, with the paragraph they are in', async () => {
    const { selection, updates, paragraph } = await mountText();
    const text = paragraph('p2').firstChild!;
    select(text, 4, text, 26);
    await until(() => selection.selection !== null, 'the selection was read');
    expect(selection.selection).toEqual({ paragraph: 'p2', quote: 'returned to power in' });
    expect(updates).toHaveBeenCalled();
  });

  test('a selection across the runs of a paragraph counts the text of each run', async () => {
    const { selection, paragraph } = await mountText();
    const p1 = paragraph('p1');
    const [before, mark, after] = [...p1.childNodes].filter((n) => n.textContent!.trim() !== '' || n.nodeType === Node.ELEMENT_NODE);
    select(before, 4, after, 5);
    await until(() => selection.selection !== null, 'the selection was read');
    // Ended inside "September": the whole word is taken.
    expect(selection.selection).toEqual({ paragraph: 'p1', quote: `Taliban ${mark.textContent} in September` });
  });

  test('a selection that spans two paragraphs, an empty one, or only spaces is no quote', async () => {
    const { selection, paragraph } = await mountText();
    const p2 = paragraph('p2').firstChild!;
    select(p2, 0, p2, 4);
    await until(() => selection.selection?.quote === 'They', 'the selection was read');
    select(paragraph('p1').lastChild!, 2, p2, 4);
    await until(() => selection.selection === null, 'across paragraphs: none');
    select(p2, 0, p2, 4);
    await until(() => selection.selection !== null, 'selected again');
    select(p2, 4, p2, 5);
    await until(() => selection.selection === null, 'a space only: none');
    select(p2, 0, p2, 4);
    await until(() => selection.selection !== null, 'selected again');
    document.getSelection()!.collapse(p2, 2);
    await until(() => selection.selection === null, 'a caret: none');
  });

  test('clear forgets the selection and asks for an update', async () => {
    const { selection, updates, paragraph } = await mountText();
    const text = paragraph('p2').firstChild!;
    select(text, 0, text, 4);
    await until(() => selection.selection !== null, 'the selection was read');
    updates.mockClear();
    selection.clear();
    expect(selection.selection).toBeNull();
    expect(updates).toHaveBeenCalledOnce();
  });

  test('it stops listening when the host leaves the page, and listens again when it comes back', async () => {
    const { host, selection, paragraph } = await mountText();
    const parent = host.parentElement!;
    const removed = vi.spyOn(document, 'removeEventListener');
    const added = vi.spyOn(document, 'addEventListener');
    host.remove();
    const listener = removed.mock.calls.find(([type]) => type === 'selectionchange')?.[1];
    expect(listener, 'the selectionchange listener is removed').toBeTypeOf('function');
    parent.append(host);
    expect(added).toHaveBeenCalledWith('selectionchange', listener);
    vi.restoreAllMocks();
    const text = paragraph('p2').firstChild!;
    select(text, 0, text, 4);
    await until(() => selection.selection?.quote === 'They', 'read again after coming back');
  });
});
