/** The strict policy docs/embedding.md documents and the CSP tests serve pages with: no 'unsafe-inline', no 'unsafe-eval', Trusted Types required. */
export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
