/**
 * yargs drops a lone "-" from the command line (yargs/yargs#1312, yargs-parser#381), so
 * `kg extract -` would read nothing. "-" is carried through yargs as a token that no real
 * argument can be (the OS never passes NUL in argv), and turned back into "-" for the handler.
 *   hideStdinDash(['extract', '-', 'a.txt'])  -> ['extract', '\0stdin', 'a.txt']
 *   restoreStdinDash({ inputs: ['\0stdin', 'a.txt'] }) -> { inputs: ['-', 'a.txt'] }
 */
const STDIN_TOKEN = '\u0000stdin';

export function hideStdinDash(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => (arg === '-' && (end === -1 || i < end) ? STDIN_TOKEN : arg));
}

export function restoreStdinDash<T extends object>(args: T): T {
  const restore = (value: unknown): unknown =>
    value === STDIN_TOKEN ? '-' : Array.isArray(value) ? value.map(restore) : value;
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, restore(value)])) as T;
}
