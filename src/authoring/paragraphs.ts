import type { Paragraph } from '../model/types';

/**
 * An article's text as paragraphs. Paragraphs are separated by blank lines; a text with no blank
 * line has one paragraph per line. Lines inside a blank-line paragraph are joined with one space
 * (hard-wrapped text). Page furniture ("Also Read: …", "Follow our …", share prompts, photo
 * credits, bylines, time stamps) is recognised by the rules below and kept out of the paragraph
 * list, but returned with its line and rule so a user interface can show what was left out.
 */

/** One rule that marks a paragraph as page furniture. */
export interface FurnitureRule {
  name: string;
  /** What the rule recognises, for the documentation and the CLI summary. */
  description: string;
  test: (text: string) => boolean;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The furniture rules, in the order they are tried; docs/authoring.md lists them. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    name: 'see-also',
    description: 'a link to another story: "Also Read: …", "Read more: …", "Related: …", "Watch: …"',
    test: (t) =>
      /^(also read|read also|read more|more to read|related( stories| articles| coverage)?|see also|recommended( reading)?|must read|don['’]t miss|more from [^:]{1,40}|trending( now)?|you (may|might) also like|watch|listen|top stories|latest)\s*[:|–—-]/i.test(t),
  },
  {
    name: 'follow-us',
    description: 'a call to follow or join the publisher: "Follow our WhatsApp Channel …", "Join us on Telegram"',
    test: (t) => /^(follow|join|like|subscribe to) (us|our)\b/i.test(t),
  },
  {
    name: 'share-prompt',
    description: 'a short share or print prompt: "Share this article", "Share on Facebook", "Copy link"',
    test: (t) => words(t) <= 8 && /^(share|tweet|e-?mail|print|copy link|click to share|save)\b(?![-'’])/i.test(t) && !/^(share|save)[a-z]/i.test(t),
  },
  {
    name: 'photo-credit',
    description:
      'a photo or image credit or caption tag: "Photo: Reuters", "(Image credit: AFP)", "File photo | Getty Images", a short line ending with a picture agency',
    test: (t) =>
      words(t) <= 20 &&
      (/^(file\s+)?(photo|photograph|image|picture|pic|credit|illustration|video|graphic)s?(\s+credits?)?\s*[:|/–—-]/i.test(t) ||
        /\((file\s+)?(photo|image|picture|credit|source)[^)]*\)\s*$/i.test(t) ||
        (words(t) <= 15 && /\b(Getty Images|AFP|Reuters|AP Photo|Shutterstock|EPA|Anadolu( Agency)?|Xinhua)\s*\)?\s*$/.test(t) && !/[.!?]["”]?\s*$/.test(t))),
  },
  {
    name: 'sign-up',
    description: 'newsletter, app and advertising prompts: "Sign up for …", "Advertisement", "Story continues below"',
    test: (t) =>
      /^(sign up|subscribe( now| today)?\b|get the latest|download (our|the) app|click here|advertisement|sponsored|story continues below|continue reading|scroll to continue|read the full story|all rights reserved)/i.test(t) ||
      /^(©|\(c\)\s|copyright\b)/i.test(t),
  },
  {
    name: 'post-footer',
    description: 'a blog post\'s footer: "December 5, 2007 in Verdict | Permalink | Comments (0) | TrackBack (0)", "Posted by Jane Roe at 10:32 AM"',
    test: (t) => words(t) <= 30 && (/\b(?:Permalink|Track ?backs?\s*\(\d+\))|\bComments?\s*\(\d+\)/i.test(t) || /^Posted by \p{Lu}[\p{L}.'’ -]{1,40}?\s(?:at|on)\s+\d/u.test(t)),
  },
  {
    name: 'byline',
    description: 'a byline: "By Jane Smith", "By Jane Smith and Ali Khan" (names only, no digits)',
    test: (t) => /^[Bb]y\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}((,|\s+and)\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*\s*$/.test(t),
  },
  {
    name: 'timestamp',
    description: 'a publication or update stamp: "Published: 3 July 2025", "Updated 10:42 GMT"',
    test: (t) => words(t) <= 14 && /^(last\s+)?(updated|published|posted|first published|modified)\b\s*(on|at)?\s*:?/i.test(t) && !/[.!?]["”]?\s*$/.test(t.replace(/\b(a\.m|p\.m)\.$/i, '')),
  },
];

export interface FurnitureLine {
  /** Line of the input (from 1) where the left-out paragraph starts. */
  line: number;
  text: string;
  /** The name of the rule that matched. */
  rule: string;
}

export interface ParagraphLine extends Paragraph {
  /** Line of the input (from 1) where the paragraph starts. */
  line: number;
}

export interface SplitResult {
  paragraphs: ParagraphLine[];
  furniture: FurnitureLine[];
}

/** The name of the furniture rule a paragraph matches, or null. */
export function furnitureRule(text: string): string | null {
  for (const rule of FURNITURE_RULES) if (rule.test(text)) return rule.name;
  return null;
}

const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;

/**
 * A short line that does not end a sentence reads as a heading ("About Taliban Government"):
 * at most 12 words and 90 characters, starting with a capital or digit, no closing punctuation.
 */
export function looksLikeHeading(text: string): boolean {
  return (
    text.length <= 90 &&
    words(text) <= 12 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.!?:;,"”’)\]]$/.test(text) &&
    !/^[\p{Lu}\d][^.!?]*[.!?]\s/u.test(text)
  );
}

/** Split an article into paragraphs and furniture. Never throws. */
export function splitParagraphs(input: string): SplitResult {
  const text = (typeof input === 'string' ? input : '').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const blocks: { line: number; lines: string[] }[] = [];
  const blankSeparated = /\n[ \t]*\n/.test(text.trim());
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      current = null;
      return;
    }
    // A Markdown heading is its own paragraph even without blank lines around it.
    if (!blankSeparated || MARKDOWN_HEADING.test(line) || current === null) {
      current = { line: i + 1, lines: [line] };
      blocks.push(current);
      if (MARKDOWN_HEADING.test(line)) current = null;
      return;
    }
    current.lines.push(line);
  });

  const paragraphs: ParagraphLine[] = [];
  const furniture: FurnitureLine[] = [];
  for (const block of blocks) {
    const joined = block.lines.join(' ').replace(/[ \t]+/g, ' ');
    const markdown = MARKDOWN_HEADING.exec(joined);
    const body = markdown ? markdown[1] : joined;
    if (body === '') continue;
    const rule = furnitureRule(body);
    if (rule) {
      furniture.push({ line: block.line, text: joined, rule });
      continue;
    }
    const paragraph: ParagraphLine = { id: `p${paragraphs.length + 1}`, text: body, line: block.line };
    if (markdown || looksLikeHeading(body)) paragraph.role = 'heading';
    paragraphs.push(paragraph);
  }
  return { paragraphs, furniture };
}

/** The article's headline: its first paragraph when that is a heading, else undefined. */
export function headingOf(text: string): string | undefined {
  const first = splitParagraphs(text).paragraphs[0];
  return first?.role === 'heading' ? first.text : undefined;
}
