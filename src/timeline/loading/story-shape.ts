/** The outline of a story: enough to say that a fetched file is one, before validating it. */
export function isStoryShaped(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return 'title' in record && Array.isArray(record.sources) && Array.isArray(record.events);
}

/** What reading a fetched story's text gave: the validated story, or why it is not one. */
export type ReadOutcome =
  | { kind: 'story'; result: import('../../model/types').ValidationResult; said: import('../../model/validation/problems').Problems }
  | { kind: 'not-json'; message: string }
  | { kind: 'not-story' };
