/**
 * `npm run fuzz -- --runs N`: the random-use test (tests/timeline/fuzz.browser.test.ts) with more sequences
 * than `npm test` plays.
 *
 *   --runs N      sequences to play (default 200; `npm test` plays 8)
 *   --steps N     the longest sequence (default 15; `npm test`: 10)
 *   --seed N      fast-check's seed (default: the test's fixed seed, so a run is reproducible)
 *   --path P      replay one failure: the seed and path fast-check printed
 *   --no-shrink   stop at the first failure without shrinking it (fast-check's endOnFailure)
 *   --no-src      leave out `src` changes (each one fetches)
 *   --verbose     print every sequence as it passes
 *
 * Only Vite's VITE_-prefixed variables reach the browser, so the options travel as VITE_FUZZ_*.
 */
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const env: Record<string, string> = { ...process.env } as Record<string, string>;

function value(name: string, i: number): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`fuzz: ${name} needs a value`);
    process.exit(2);
  }
  return v;
}

function count(name: string, v: string): string {
  if (!/^\d+$/.test(v) || Number(v) < 1) {
    console.error(`fuzz: ${name} takes a whole number above 0, not "${v}"`);
    process.exit(2);
  }
  return v;
}

env.VITE_FUZZ_RUNS = '200';
env.VITE_FUZZ_STEPS = '15';
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2) as [string, string | undefined];
  const take = () => inline ?? value(flag, i++);
  switch (flag) {
    case '--runs':
      env.VITE_FUZZ_RUNS = count(flag, take());
      break;
    case '--steps':
      env.VITE_FUZZ_STEPS = count(flag, take());
      break;
    case '--seed': {
      const seed = take();
      if (!/^-?\d+$/.test(seed)) {
        console.error(`fuzz: --seed takes an integer, not "${seed}"`);
        process.exit(2);
      }
      env.VITE_FUZZ_SEED = seed;
      break;
    }
    case '--path':
      env.VITE_FUZZ_PATH = take();
      break;
    case '--no-shrink':
      env.VITE_FUZZ_SHRINK = '0';
      break;
    case '--no-src':
      env.VITE_FUZZ_SRC = '0';
      break;
    case '--verbose':
      env.VITE_FUZZ_VERBOSE = '1';
      break;
    case '--help':
    case '-h':
      console.log('usage: npm run fuzz -- [--runs N] [--steps N] [--seed N] [--path P] [--no-shrink] [--no-src] [--verbose]');
      process.exit(0);
    default:
      console.error(`fuzz: unknown option "${args[i]}" (try --help)`);
      process.exit(2);
  }
}

console.log(`fuzz: ${env.VITE_FUZZ_RUNS} sequences of up to ${env.VITE_FUZZ_STEPS} steps${env.VITE_FUZZ_SEED ? `, seed ${env.VITE_FUZZ_SEED}` : ''}${env.VITE_FUZZ_PATH ? `, path ${env.VITE_FUZZ_PATH}` : ''}`);
const child = spawn('npx', ['vitest', 'run', '--project', 'browser', 'tests/timeline/fuzz.browser.test.ts'], { stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
