import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS, shownDefault, type Setting } from '../../../src/config/schema.js';
import { settingOption } from '../../../src/cli/settingOption.js';

const settings = Object.entries(SETTINGS) as [string, Setting][];

describe('the config schema', () => {
  it.each(settings)(
    '%s: its default is of its type, its description is one line without a default',
    (_, s) => {
      expect(typeof s.default).toBe(s.type);
      expect(s.describe).not.toMatch(/\n|default/i);
    },
  );

  // [setting, the yargs option a command gets from it]
  it.each<[Setting, object]>([
    // read from the environment below the command: no yargs default, both in --help
    [SETTINGS.uri, { type: 'string', describe: 'Neo4j URI (env NEO4J_URI, default bolt://127.0.0.1:7687)' }],
    // a default that is a phrase
    [SETTINGS.maxFileBytes, { type: 'number', describe: 'Refuse larger files (default 10 MB)' }],
    // a plain default: yargs applies and shows it
    [SETTINGS.batchSize, { type: 'number', describe: 'Articles per write transaction', default: 25 }],
    [SETTINGS.heap, { type: 'string', describe: 'Max Java heap', default: '1g' }],
  ])('settingOption(%o)', (spec, option) => {
    expect(settingOption(spec)).toEqual(option);
  });

  it('the README configuration table gives every environment variable the schema default', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [, s] of settings.filter(([, s]) => s.env !== undefined)) {
      expect(readme).toContain(`| \`${s.env}\` | \`${shownDefault(s)}\` |`);
    }
  });
});
