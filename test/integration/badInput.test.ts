import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import type { IngestSummary } from '../../src/pipeline/types.js';
import { BAD } from '../support/badInputs.js';
import { articleHashes, cleanDatabase, cliEnv, testGateway } from '../support/neo4j.js';
import { runCli } from '../support/runCli.js';

// Issue 17, "Bad input", end to end: `kg ingest` over a folder of bad documents (test/support/badInputs.ts)
// and an article already in the graph that is now unreadable. One stderr line each, the good documents
// are written, nothing already in the graph is lost, and the exit code says that something failed.
const A = 'Halden Capital bids for Norvex\n\nHalden Capital made an offer for Norvex on Monday.\n';
const B = 'Qadira Holdings rejects Tarsen\n\nQadira Holdings rejected an offer from Tarsen.\n';
const C = 'Lumora partners with Velmora\n\nLumora agreed a partnership with Velmora on Friday.\n';
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('kg ingest with bad input against a real Neo4j', () => {
  let gateway: Gateway;
  let env: Record<string, string>;
  let dir: string;

  beforeAll(async () => {
    gateway = testGateway();
    env = cliEnv();
    await cleanDatabase(gateway);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-bad-'));
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const articles = () => articleHashes(gateway);

  it('one line per bad document, the rest written, earlier articles kept, exit code 1', async () => {
    writeFileSync(join(dir, 'a.txt'), A);
    writeFileSync(join(dir, 'b.txt'), B);
    const first = await runCli(['ingest', dir, '--workers', '0', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const before = await articles();
    expect(before).toEqual({ 'a.txt': sha256(A), 'b.txt': sha256(B) });
    const sentencesBefore = await gateway.executeRead('MATCH (s:Sentence) RETURN count(s) AS n');

    // a.txt is now a binary file; the bad documents arrive beside a new good one
    const binary = Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00);
    writeFileSync(join(dir, 'a.txt'), binary);
    for (const [name, content] of BAD) writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'c.txt'), C);
    const second = await runCli(['ingest', dir, '--workers', '0', '--json'], env);

    expect(second.code).toBe(1);
    const lines = second.stderr.split('\n').filter((line) => line !== '');
    expect(lines.sort()).toEqual(
      [
        `kg: ${join(dir, 'a.txt')}: binary file (NUL byte at offset 6); expected UTF-8 text`,
        ...BAD.map(([, , line]) => `kg: ${join(dir, line)}`),
      ].sort(),
    );
    const summary = JSON.parse(second.stdout) as IngestSummary;
    expect(summary.articles).toEqual({ new: 2, updated: 0, skipped: 1, failed: BAD.length + 1 });
    // a.txt keeps what it said before; b.txt untouched; c.txt and the good JSON Lines record added
    expect(await articles()).toEqual({
      'a.txt': sha256(A),
      'b.txt': sha256(B),
      'c.txt': sha256(C),
      'wire-ok': expect.any(String),
    });
    const aSentences = await gateway.executeRead(
      "MATCH (:Article {id: 'a.txt'})-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s) AS n",
    );
    expect(Number(aSentences[0].n)).toBe(2);
    const sentencesAfter = await gateway.executeRead('MATCH (s:Sentence) RETURN count(s) AS n');
    expect(Number(sentencesAfter[0].n)).toBeGreaterThan(Number(sentencesBefore[0].n));
  }, 600_000);
});
