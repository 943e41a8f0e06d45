/** What the element found in its own markup: the story's data, or why it could not read it. */
export type InlineStory = { data: unknown } | { error: string };

/**
 * The story a page wrote into the element as a child `<script type="application/json">` (what
 * `npm run render` writes, see src/render/static-html.ts), or null when it has none. Only the
 * script's text is read, as JSON; the rest of the element's children are the page's, never read.
 */
export function readInlineStory(host: Element): InlineStory | null {
  const script = host.querySelector(':scope > script[type="application/json" i]');
  if (!script) return null;
  try {
    return { data: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    return { error: `The story in the element's <script type="application/json"> is not valid JSON: ${(error as Error).message}.` };
  }
}
