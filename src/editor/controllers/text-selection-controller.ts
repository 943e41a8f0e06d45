import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TextSelection } from '../views/article';
import { wordRange } from '../word-range';

interface ComposedSelection {
  getComposedRanges?(options: { shadowRoots: ShadowRoot[] }): StaticRange[];
}

/** The text element of the paragraph a node is in (`data-paragraph-text`), or null. */
function paragraphOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-paragraph-text]') ?? null;
}

/** The offset in `root`'s text of a point given as a node and an offset in it. */
function textOffset(root: HTMLElement, node: Node, offset: number): number {
  if (!(node instanceof Text)) {
    // A point between children: count the text of the children before it.
    let total = 0;
    for (let i = 0; i < offset && i < node.childNodes.length; i++) total += node.childNodes[i].textContent?.length ?? 0;
    return node === root ? total : textOffset(root, node.parentNode!, [...node.parentNode!.childNodes].indexOf(node as ChildNode)) + total;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return total + offset;
    total += (text as Text).length;
  }
  return total;
}

/**
 * The words selected with the mouse (a drag, a double-click, Shift+click) or caret browsing in one
 * paragraph of the drafted text, read from the document's selection through the shadow root, and
 * widened to whole words; null when the selection is empty or spans paragraphs. During a drag
 * nothing is read, so nothing on the page changes under the pointer: the words are read when the
 * button is released.
 */
export class TextSelectionController implements ReactiveController {
  selection: TextSelection | null = null;
  private dragging = false;

  /** `onSelect` hears each new selection of words (not its clearing), before the host draws it. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSelect: (selection: TextSelection) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this.onSelectionChange);
    this.host.addEventListener('pointerdown', this.onPointerDown);
    document.addEventListener('pointerup', this.onPointerUp, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.host.removeEventListener('pointerdown', this.onPointerDown);
    document.removeEventListener('pointerup', this.onPointerUp, true);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button === 0) this.dragging = true;
  };

  private readonly onPointerUp = (): void => {
    if (!this.dragging) return;
    this.dragging = false;
    // The selection a click ends is settled after pointerup.
    setTimeout(this.onSelectionChange, 0);
  };

  clear(): void {
    this.selection = null;
    this.host.requestUpdate();
  }

  private readonly onSelectionChange = () => {
    if (this.dragging) return;
    const next = this.read();
    if (next?.paragraph === this.selection?.paragraph && next?.quote === this.selection?.quote) return;
    this.selection = next;
    if (next) this.onSelect(next);
    this.host.requestUpdate();
  };

  private range(): StaticRange | Range | null {
    const root = this.host.shadowRoot;
    const selection = document.getSelection() as (Selection & ComposedSelection) | null;
    if (!root || !selection || selection.rangeCount === 0) return null;
    if (selection.getComposedRanges) return selection.getComposedRanges({ shadowRoots: [root] })[0] ?? null;
    const legacy = (root as ShadowRoot & { getSelection?(): Selection | null }).getSelection?.();
    return legacy && legacy.rangeCount ? legacy.getRangeAt(0) : null;
  }

  private read(): TextSelection | null {
    const range = this.range();
    if (!range || range.collapsed) return null;
    const paragraph = paragraphOf(range.startContainer);
    if (!paragraph || paragraph !== paragraphOf(range.endContainer)) return null;
    const text = paragraph.textContent ?? '';
    const [start, end] = wordRange(text, textOffset(paragraph, range.startContainer, range.startOffset), textOffset(paragraph, range.endContainer, range.endOffset));
    return start < end ? { paragraph: paragraph.dataset.paragraphText!, quote: text.slice(start, end) } : null;
  }
}
