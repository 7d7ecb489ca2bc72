import { shownDefault, type Setting, type SettingValue } from '../config/schema.js';

/** A setting resolved below the command: read from an environment variable or shown as a phrase. */
type ResolvedBelow = { env: string } | { shownDefault: string };

export type SettingOption<S extends Setting> = S extends ResolvedBelow
  ? { type: S['type']; describe: string }
  : { type: S['type']; describe: string; default: SettingValue<S['type']> };

/**
 * The yargs option of a setting (src/config/schema.ts). One read from an environment variable, or
 * with a default that depends on more than itself, is resolved below the command (flag > env >
 * default): yargs gets no default and `--help` says both, "Neo4j URI (env NEO4J_URI, default
 * bolt://127.0.0.1:7687)". Any other gets its default from yargs, which `--help` shows.
 */
export function settingOption<S extends Setting>(spec: S): SettingOption<S> {
  if (spec.env === undefined && spec.shownDefault === undefined) {
    return { type: spec.type, describe: spec.describe, default: spec.default } as SettingOption<S>;
  }
  const env = spec.env === undefined ? '' : `env ${spec.env}, `;
  return {
    type: spec.type,
    describe: `${spec.describe} (${env}default ${shownDefault(spec)})`,
  } as SettingOption<S>;
}
