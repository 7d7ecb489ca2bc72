/**
 * The secrets a run may know, to mask in anything it prints: NEO4J_PASSWORD (after `.env` is
 * loaded) and every `--password` value on the command line (`--password x`, `--password=x`).
 */
export function secretsFrom(argv: readonly string[], env: Record<string, string | undefined>): string[] {
  const secrets: string[] = [];
  if (env.NEO4J_PASSWORD) secrets.push(env.NEO4J_PASSWORD);
  argv.forEach((arg, i) => {
    if (arg === '--password' && i + 1 < argv.length) secrets.push(argv[i + 1]);
    else if (arg.startsWith('--password=')) secrets.push(arg.slice('--password='.length));
  });
  return secrets.filter((s) => s !== '');
}
