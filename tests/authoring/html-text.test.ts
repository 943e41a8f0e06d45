import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/authoring/html-text';

describe('htmlToText', () => {
  test('HTML is reduced to text by string rules, never rendered', () => {
    expect(htmlToText('<p>A<br>B</p><img src=x onerror="alert(1)"><script>alert(2)</script>&lt;b&gt; &#8220;q&#8221;')).toBe('A B <b> “q”');
  });
});
