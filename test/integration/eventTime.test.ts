/**
 * Event time in the graph (issue 18), against a real Neo4j: Claim nodes carry when it happened,
 * typed edges their first and last event dates, and the timeline / between / as-of queries read them.
 * Invented articles with publication dates, as JSON Lines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway, Row } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { bindParams } from '../../src/query/bindParams.js';
import { formatCell } from '../../src/query/formatCell.js';
import { findQuery, loadQueries } from '../../src/query/loadQueries.js';
import { runQueryScript } from '../../src/query/runQueryScript.js';
import { cleanDatabase, testGateway } from '../support/neo4j.js';

const RECORDS = [
  {
    id: 'norvex-1',
    title: 'Qadira Bank turns down Norvex',
    published: '2019-09-18',
    text: 'Norvex Holdings made an offer for Qadira Bank on Monday. Qadira Bank rejected the offer from Norvex Holdings on Tuesday.',
  },
  {
    id: 'norvex-2',
    title: 'Norvex results',
    published: '2020-03-05',
    text: 'Norvex Holdings bought Lumo Systems in March 2019. Norvex Holdings will bid for Halden Capital next year.',
  },
  {
    id: 'halden-1',
    title: 'Halden deal',
    published: '2021-01-10',
    text: 'Halden Capital acquired Qadira Bank in 2020.',
  },
];

/** "Norvex Holdings ACQUIRED Lumo Systems" per row. */
const facts = (rows: Row[], s: string, r: string, t: string) =>
  rows.map((row) => `${formatCell(row[s])} ${formatCell(row[r])} ${formatCell(row[t])}`);

describe('event time in the graph (real Neo4j)', () => {
  let gateway: Gateway;
  const queries = loadQueries();
  const run = async (name: string, given: Record<string, string> = {}) => {
    const script = findQuery(queries, name);
    return (await runQueryScript(gateway, script, bindParams(script, given))).at(-1) ?? [];
  };

  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-time-'));
    writeFileSync(join(dir, 'feed.jsonl'), RECORDS.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const summary = await runIngest([dir], gateway, createArticleExtractor([]), {
      batchSize: 25,
      dryRun: false,
      lexiconFiles: [],
      root: dir,
    });
    expect(summary.articles.new).toBe(3);
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('writes the event time on each Claim', async () => {
    const rows = await gateway.executeRead(
      `MATCH (c:Claim {type: 'REJECTED', articleId: 'norvex-1', sentenceIndex: 2})
       RETURN c.eventDate AS eventDate, c.eventEnd AS eventEnd, c.granularity AS granularity,
              c.timeText AS timeText, c.timeSource AS timeSource, c.expected AS expected`,
    );
    expect(rows).toEqual([
      {
        eventDate: '2019-09-17',
        eventEnd: null,
        granularity: 'day',
        timeText: 'on Tuesday',
        timeSource: 'sentence',
        expected: false,
      },
    ]);
    const [headline] = await gateway.executeRead(
      `MATCH (c:Claim {type: 'REJECTED', articleId: 'norvex-1', sentenceIndex: 0})
       RETURN c.eventDate AS eventDate, c.timeSource AS timeSource, c.timeText AS timeText`,
    );
    expect(headline).toEqual({ eventDate: '2019-09-18', timeSource: 'publication', timeText: null });
  });

  it('puts the first and last event dates on typed edges, beside the report dates', async () => {
    const rows = await gateway.executeRead(
      `MATCH (:Entity {name: 'Norvex Holdings'})-[r:BID_FOR]->(:Entity {name: 'Qadira Bank'})
       RETURN r.firstEventDate AS first, r.lastEventDate AS last, r.firstDate AS reported`,
    );
    expect(rows).toEqual([{ first: '2019-09-16', last: '2019-09-17', reported: '2019-09-18' }]);
    // an expected claim ("will bid ... next year") dates nothing that happened
    const [planned] = await gateway.executeRead(
      `MATCH (:Entity {name: 'Norvex Holdings'})-[r:BID_FOR]->(:Entity {name: 'Halden Capital'})
       RETURN r.firstEventDate AS first, r.lastEventDate AS last`,
    );
    expect(planned).toEqual({ first: null, last: null });
  });

  it('timeline: everything about Norvex Holdings in the order it happened, evidence included', async () => {
    const rows = await run('timeline', { entity: 'norvex holdings' });
    expect(rows.map((r) => `${formatCell(r.date)} ${formatCell(r.relation)} ${formatCell(r.time)}`)).toEqual([
      '2019-03-01 ACQUIRED in March 2019',
      '2019-09-16 BID_FOR on Monday',
      '2019-09-17 REJECTED on Tuesday',
      '2019-09-17 BID_FOR on Tuesday',
      '2019-09-18 REJECTED ',
      '2021-01-01 BID_FOR next year',
    ]);
    expect(rows.at(-1)?.expected).toBe(true);
    expect(String(rows[0].evidence)).toBe('Norvex Holdings bought Lumo Systems in March 2019.');
  });

  it('between: what happened in September 2019, not before and not what is only expected', async () => {
    const rows = await run('between', { from: '2019-09-01', to: '2019-09-30' });
    expect(new Set(facts(rows, 'subject', 'relation', 'object'))).toEqual(
      new Set(['Norvex Holdings BID_FOR Qadira Bank', 'Qadira Bank REJECTED Norvex Holdings']),
    );
    // a period overlaps: "in 2020" is in 2020-06
    expect(
      facts(await run('between', { from: '2020-06-01', to: '2020-06-30' }), 'subject', 'relation', 'object'),
    ).toEqual(['Halden Capital ACQUIRED Qadira Bank']);
  });

  it('as-of: the typed graph as reported by a date', async () => {
    const at2019 = facts(await run('as-of', { date: '2019-12-31' }), 'source', 'relation', 'target');
    expect(at2019.sort()).toEqual([
      'Norvex Holdings BID_FOR Qadira Bank',
      'Qadira Bank REJECTED Norvex Holdings',
    ]);
    const at2020 = facts(await run('as-of', { date: '2020-12-31' }), 'source', 'relation', 'target');
    expect(at2020).toContain('Norvex Holdings ACQUIRED Lumo Systems');
    expect(at2020).not.toContain('Halden Capital ACQUIRED Qadira Bank');
    expect(await run('as-of', { date: '2019-01-01' })).toEqual([]);
  });

  it('refuses a date that is not YYYY-MM-DD: no rows, nothing compared as text', async () => {
    expect(await run('as-of', { date: "x'}) DETACH DELETE n //" })).toEqual([]);
    expect(await run('between', { from: 'tomorrow', to: '2030-01-01' })).toEqual([]);
  });
});
