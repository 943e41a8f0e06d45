import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the one-file bundle (or, with `mode: 'editor'`, the editor's) into a fresh temporary folder
 * and returns it, so a test serves exactly what `vite build` ships without touching dist/.
 */
export function buildIntoTemp(prefix: string, mode?: 'editor'): string {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  const args = ['vite', 'build', ...(mode ? ['--mode', mode] : []), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  execFileSync('npx', args, { cwd: root, stdio: 'pipe', timeout: 120_000 });
  return outDir;
}

/** Removes a folder `buildIntoTemp` made (nothing when the build never ran). */
export function removeBuild(outDir: string | undefined): void {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
