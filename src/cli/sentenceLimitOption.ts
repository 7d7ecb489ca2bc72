import type { Argv } from 'yargs';
import { SETTINGS } from '../config/schema.js';
import { settingOption } from './settingOption.js';

export interface SentenceLimitFlags {
  'max-sentence-chars'?: number;
}

/**
 * `--max-sentence-chars N`, shared by `kg ingest` and `kg extract`: a run-on "sentence" (a table
 * flattened into one line, a minified script) is cut at the last space before N characters.
 * Anything but a whole number of at least 1 is refused before a file is read.
 */
export function withSentenceLimitOption<T>(yargs: Argv<T>): Argv<T & SentenceLimitFlags> {
  return yargs.option('max-sentence-chars', settingOption(SETTINGS.maxSentenceChars)).check((args) => {
    const value = args['max-sentence-chars'];
    if (value === undefined || (Number.isInteger(value) && value >= 1)) return true;
    return `--max-sentence-chars must be a whole number of at least 1 (got ${String(value)})`;
  }) as Argv<T & SentenceLimitFlags>;
}
