import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/google-chrome'];

/** Where to look for a Chromium-family browser, in order. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, system = SYSTEM_BROWSERS): string[] {
  return [env.CHROMIUM_PATH, env.CHROME_PATH, ...system].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
}

/** The first browser that exists, or a thrown Error with one sentence on how to get one. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, system = SYSTEM_BROWSERS): string {
  const found = browserCandidates(env, system).find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found (looked at CHROMIUM_PATH, CHROME_PATH, /usr/bin/chromium, /usr/bin/google-chrome): ' +
      'install one (on Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
  );
}

/** Flags for headless Chromium on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
