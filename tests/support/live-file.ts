import { vi } from 'vitest';

/** One request a live file's server answered: what the page sent and what it got. */
export interface LiveFileRequest {
  ifNoneMatch: string | null;
  status: number;
}

/**
 * A story file at `path` that the test changes, served through a stubbed fetch as a server with
 * ETags would: `If-None-Match` of the current version gets 304 and no body.
 */
export function serveLiveFile(path: string, story: unknown) {
  let body = JSON.stringify(story);
  let version = 1;
  const requests: LiveFileRequest[] = [];
  const real = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(path)) return real(input, init);
    const etag = `"v${version}"`;
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    const status = ifNoneMatch === etag ? 304 : 200;
    requests.push({ ifNoneMatch, status });
    return new Response(status === 304 ? null : body, { status, headers: { ETag: etag, 'Content-Type': 'application/json' } });
  });
  return {
    requests,
    /** The file's next version. */
    change(next: unknown) {
      body = JSON.stringify(next);
      version++;
    },
  };
}
