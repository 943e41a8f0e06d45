/** Runs a script's `main` as its command line would, catching what it writes. */
export function runMain(main: (args: string[], io: { out: (s: string) => void; err: (s: string) => void }) => number, args: string[]) {
  let out = '';
  const err: string[] = [];
  const code = main(args, { out: (s) => (out += s), err: (s) => err.push(s) });
  return { code, out, err: err.join('\n') };
}
