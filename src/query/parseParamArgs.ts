import { NewsgraphError } from '../errors.js';

/**
 * Pure: repeated `--param key=value` flags -> { key: 'value' }. Values stay
 * strings (bindParams types them); everything after the first `=` is the
 * value, so `--param title=a=b` gives 'a=b'. The last of a repeated key wins.
 */
export function parseParamArgs(pairs: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^\s*([A-Za-z_]\w*)\s*=(.*)$/s.exec(pair);
    if (!match)
      throw new NewsgraphError(`--param '${pair}': expected key=value, e.g. --param entity=TikTok`, 2);
    params[match[1]] = match[2];
  }
  return params;
}
