import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Paragraph } from '../../model/types';
import type { TextSelection } from './article';

export interface PickerAction {
  text: string;
  /** Called with the words selected in the paragraph; not called when none are. */
  onPick(selection: TextSelection): void;
}

export interface PickerOptions {
  id: string;
  label: string;
  paragraph: Paragraph;
  actions: readonly PickerAction[];
}

/** The words selected in a picker, trimmed of surrounding spaces; null when none. */
function pickedWords(from: Element, pickerId: string): TextSelection | null {
  const picker = (from.getRootNode() as ShadowRoot).getElementById(pickerId) as HTMLTextAreaElement | null;
  if (!picker) return null;
  const words = picker.value.slice(picker.selectionStart, picker.selectionEnd).trim();
  return words ? { paragraph: picker.dataset.paragraph!, quote: words } : null;
}

/**
 * The paragraph is not `readonly`: Chromium moves no caret in a read-only field, and the caret is
 * how a keyboard selects words. Edits are refused instead; the words stay verbatim.
 */
const keepText = (e: InputEvent) => e.preventDefault();

/** A paragraph whose words can be selected by mouse or caret (Shift + arrows), then used by a button. */
export function renderParagraphPicker(o: PickerOptions): TemplateResult {
  const text = o.paragraph.text;
  return html`<label for=${o.id}>${o.label}</label>
    <textarea
      id=${o.id}
      class="paragraph-picker"
      aria-readonly="true"
      data-paragraph=${o.paragraph.id}
      .value=${live(text)}
      @beforeinput=${keepText}
      @input=${(e: Event) => ((e.target as HTMLTextAreaElement).value = text)}
    ></textarea>
    <div class="bar">
      ${o.actions.map((action) => {
        const pick = (e: Event) => {
          const picked = pickedWords(e.currentTarget as Element, o.id);
          if (picked) action.onPick(picked);
        };
        return html`<button type="button" @click=${pick}>${action.text}</button>`;
      })}
    </div>`;
}
