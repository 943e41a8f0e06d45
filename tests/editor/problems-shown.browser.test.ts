import { afterEach, describe, expect, test } from 'vitest';
import { all, button, click, field, fill, freshDatabase, mountEditor, unmountEditors } from '../support/editor-harness';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';

afterEach(() => unmountEditors());

const problems = (el: HistoryTimelineEditor) => all(el, '.problem').map((p) => p.textContent!.trim());
const invalid = (el: HistoryTimelineEditor) => all(el, '[aria-invalid="true"]').map((f) => f.id);

describe('problems show after action, once', () => {
  test('the empty form shows no problem and marks no field', async () => {
    const el = await mountEditor(freshDatabase());
    expect(problems(el)).toEqual([]);
    expect(invalid(el)).toEqual([]);
  });

  test('a field left empty says so once, beside it; the others stay quiet', async () => {
    const el = await mountEditor(freshDatabase());
    const title = field(el, 'Title');
    title.focus();
    field(el, 'Publisher').focus();
    await el.updateComplete;
    expect(problems(el)).toEqual(['The story has no title.']);
    expect(invalid(el)).toEqual(['title']);
    await fill(el, field(el, 'URL'), 'ftp://example.org');
    expect(problems(el)).toEqual(['The story has no title.', 'The URL "ftp://example.org" is not an http or https address.']);
  });

  test('Draft shows every problem there is, each once', async () => {
    const el = await mountEditor(freshDatabase());
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), 'The council approved the bridge on 11 March 2024.');
    await click(el, button(el, 'Draft events'));
    await el.updateComplete;
    const shown = problems(el);
    expect(shown).toContain('The story has no title.');
    expect(new Set(shown).size).toBe(shown.length);
  });
});
