/**
 * Whether the page lets the element start its blob: worker without a Content Security Policy
 * violation. A page cannot ask its policy, and trying a blocked worker reports a violation, so the
 * element reads the policy itself: the `<meta http-equiv>` policies, and the headers of the page's
 * own URL (one HEAD request per page, only when a big story is loaded from the page's origin).
 */

/**
 * One policy's answer (a header may hold several, comma-separated): the worker needs `blob:` in the
 * directive that governs workers (`worker-src`, else `child-src`, else `script-src`, else
 * `default-src`) without `'strict-dynamic'` (which ignores scheme sources), and, when the policy
 * requires Trusted Types for scripts, the worker is left alone (its URL would need a policy of its own).
 */
export function policyAllowsBlobWorker(policy: string): boolean {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first of a repeated directive counts; later ones are ignored, as browsers do.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources.map((s) => s.toLowerCase()));
  }
  if (directives.has('require-trusted-types-for')) return false;
  const governing = directives.get('worker-src') ?? directives.get('child-src') ?? directives.get('script-src') ?? directives.get('default-src');
  if (!governing) return true;
  return governing.includes('blob:') && !governing.includes("'strict-dynamic'") && !governing.includes("'none'");
}

/** Every policy in force or reported on (report-only ones send reports too): none may forbid the worker. */
export function policiesAllowBlobWorker(policies: readonly string[]): boolean {
  return policies.flatMap((p) => p.split(',')).every((p) => !p.trim() || policyAllowsBlobWorker(p));
}

let pageAnswer: Promise<boolean> | null = null;

/**
 * The page's answer, asked once. Without a way to read the headers (not http(s), a story from
 * another origin, whose `connect-src` may not allow the page's own URL, or a failed request), the
 * answer is no: slices on the main thread always work.
 */
export function pageAllowsBlobWorker(src: string): Promise<boolean> {
  const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')].map((m) => m.getAttribute('content') ?? '');
  if (!policiesAllowBlobWorker(metas)) return Promise.resolve(false);
  if (!/^https?:$/.test(location.protocol) || new URL(src, document.baseURI).origin !== location.origin) return Promise.resolve(false);
  return (pageAnswer ??= fetch(location.href, { method: 'HEAD', cache: 'no-store', credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) return false;
      const headers = ['content-security-policy', 'content-security-policy-report-only'].map((name) => response.headers.get(name) ?? '');
      return policiesAllowBlobWorker(headers);
    })
    .catch(() => false));
}

/** Forgets the page's answer (for tests that change the page's policy). */
export function forgetPageAnswer(): void {
  pageAnswer = null;
}
