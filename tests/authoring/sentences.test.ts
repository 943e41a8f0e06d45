import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/authoring/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test('a stop before a space and a capital ends a sentence', () => {
    expect(texts('The ferry sank on Monday. Divers found it on Tuesday!  Was anyone hurt?')).toEqual([
      'The ferry sank on Monday.',
      'Divers found it on Tuesday!',
      'Was anyone hurt?',
    ]);
  });

  test('an abbreviation or an initial does not end a sentence', () => {
    expect(texts('Dr. Amal Reyes met Gen. Hu at 9 a.m. in the U.S. embassy. She left.')).toEqual([
      'Dr. Amal Reyes met Gen. Hu at 9 a.m. in the U.S. embassy.',
      'She left.',
    ]);
  });

  test('a police or army rank, or a councillor\'s title, does not end a sentence', () => {
    expect(texts('Det. Ana Roe and Cpl. Ivo Hart met Supt. Lee and Cllr. Dunn on Monday. They left.')).toEqual([
      'Det. Ana Roe and Cpl. Ivo Hart met Supt. Lee and Cllr. Dunn on Monday.',
      'They left.',
    ]);
  });

  test('a stop followed by a small letter does not end a sentence', () => {
    expect(texts('The rate was 2.5 per cent. e.g. lower than before.')).toEqual(['The rate was 2.5 per cent. e.g. lower than before.']);
  });

  test('a Chinese or Japanese full stop ends a sentence where it stands, with no space after it', () => {
    expect(texts('橋は月曜日に開通した。市長が式に出席した！「遅すぎる」と住民は言った。')).toEqual([
      '橋は月曜日に開通した。',
      '市長が式に出席した！',
      '「遅すぎる」と住民は言った。',
    ]);
    expect(texts('大桥周一通车。市长出席了仪式？')).toEqual(['大桥周一通车。', '市长出席了仪式？']);
  });

  test('a closing bracket after a Japanese full stop stays with its sentence', () => {
    expect(texts('「橋が開いた。」市長はそう言った。')).toEqual(['「橋が開いた。」', '市長はそう言った。']);
  });

  test('the spans are the paragraph text itself, trimmed', () => {
    const text = '  First one.   Second one.  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(texts(text)).toEqual(['First one.', 'Second one.']);
  });
});
