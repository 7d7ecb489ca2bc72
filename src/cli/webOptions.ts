import type { Argv } from 'yargs';
import { SETTINGS } from '../config/schema.js';
import type { WebInputOptions } from '../text/web/types.js';
import { settingOption } from './settingOption.js';

export interface WebFlags {
  'follow-links': boolean;
  concurrency: number;
  'fetch-timeout': number;
  'connect-timeout': number;
}

/**
 * The flags for URLs and feeds, shared by `kg ingest` and `kg extract`: `--follow-links`,
 * `--concurrency` (per host), `--fetch-timeout` and `--connect-timeout` (seconds). A value that is
 * not a positive number is refused before anything is fetched.
 */
export function withWebOptions<T>(yargs: Argv<T>): Argv<T & WebFlags> {
  return yargs
    .option('follow-links', settingOption(SETTINGS.followLinks))
    .option('concurrency', settingOption(SETTINGS.concurrency))
    .option('fetch-timeout', settingOption(SETTINGS.fetchTimeout))
    .option('connect-timeout', settingOption(SETTINGS.connectTimeout))
    .check((args) => {
      for (const flag of ['concurrency', 'fetch-timeout', 'connect-timeout'] as const) {
        const value = args[flag];
        if (!(typeof value === 'number' && value > 0))
          return `--${flag} must be a number above 0 (got ${String(value)})`;
      }
      if (!Number.isInteger(args.concurrency))
        return `--concurrency must be a whole number (got ${String(args.concurrency)})`;
      return true;
    }) as unknown as Argv<T & WebFlags>;
}

export function webOptionsFrom(flags: WebFlags): WebInputOptions {
  return {
    followLinks: flags['follow-links'],
    concurrency: flags.concurrency,
    timeout: flags['fetch-timeout'],
    connectTimeout: flags['connect-timeout'],
  };
}
