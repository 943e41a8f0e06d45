/**
 * Text from input, made safe to print: an article or a story can hold ESC, OSC or CSI sequences
 * that would set a terminal's title or clear its screen if printed raw.
 */

/** C0 controls but tab and line feed, DEL and the C1 controls. */
const CONTROLS = /[\0-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Control characters from input as `\u` escapes, so a terminal prints them instead of obeying them.
 * JSON from JSON.stringify stays the same JSON: the controls it leaves raw (DEL, C1) stand only in strings.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A CLI's stdout and stderr, each passed through terminalSafe on its way out. */
export function terminalSafeIo<T extends { out: (text: string) => void; err: (line: string) => void }>(io: T): T {
  return { ...io, out: (text: string) => io.out(terminalSafe(text)), err: (line: string) => io.err(terminalSafe(line)) };
}
