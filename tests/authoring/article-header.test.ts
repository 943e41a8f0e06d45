import { describe, expect, test } from 'vitest';
import { readArticleHeader } from '../../src/authoring/article-header';

describe('readArticleHeader', () => {
  test('reads url, publisher, published and title lines at the top, in any case, and blanks them so line numbers hold', () => {
    const { fields, text } = readArticleHeader('# URL: https://a.example/x\n\n# publisher:  Northwire \n# published: 2023-03-17\n# Title: A deal\nBody line.\n');
    expect(fields).toEqual({ url: 'https://a.example/x', publisher: 'Northwire', published: '2023-03-17', title: 'A deal' });
    expect(text.split('\n')).toEqual(['', '', '', '', '', 'Body line.', '']);
  });

  test('stops at the first line that is not a header: a markdown heading or a header line after the text stays text', () => {
    const { fields, text } = readArticleHeader('# A markdown heading\n# publisher: Late\nBody.');
    expect(fields).toEqual({});
    expect(text).toBe('# A markdown heading\n# publisher: Late\nBody.');
  });

  test('an empty value gives no field; CRLF lines are read', () => {
    expect(readArticleHeader('# publisher:\r\n# published: 2020-01-02\r\nText').fields).toEqual({ published: '2020-01-02' });
  });
});
