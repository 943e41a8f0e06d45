import { html, nothing, render } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { createRef, elementRef } from '../../../src/timeline/views/element-ref';

const container = document.createElement('div');
afterEach(() => {
  render(nothing, container);
  container.remove();
});

describe('elementRef', () => {
  test('is undefined before its element is drawn, then the element drawn', () => {
    const reference = createRef<HTMLElement>();
    expect(reference.value).toBeUndefined();
    document.body.append(container);
    render(html`<p ${elementRef(reference)}>here</p>`, container);
    expect(reference.value).toBe(container.querySelector('p'));
  });

  test('is undefined once its template is gone or its element is out of the document, and the element again when it is back', () => {
    const reference = createRef<HTMLElement>();
    document.body.append(container);
    const draw = (shown: boolean) => render(shown ? html`<p ${elementRef(reference)}>here</p>` : html`<span>gone</span>`, container);
    draw(true);
    const drawn = reference.value;
    container.remove();
    expect(reference.value).toBeUndefined();
    document.body.append(container);
    expect(reference.value).toBe(drawn);
    draw(false);
    expect(reference.value).toBeUndefined();
    draw(true);
    expect(reference.value).toBe(container.querySelector('p'));
  });
});
