import type { Validators } from '../fetch/types.js';
import { loadCypher } from './cypherFiles.js';
import type { Gateway } from './gateway.js';

/** The ETag / Last-Modified kept for `url` when the graph was last written from it, or undefined. */
export async function readValidators(gateway: Gateway, url: string): Promise<Validators | undefined> {
  const [row] = await gateway.executeRead(loadCypher('read/fetched-urls.cypher'), { url });
  if (row === undefined) return undefined;
  const out: Validators = {};
  if (typeof row.etag === 'string') out.etag = row.etag;
  if (typeof row.lastModified === 'string') out.lastModified = row.lastModified;
  return out.etag === undefined && out.lastModified === undefined ? undefined : out;
}

/** Keeps the validators of URLs whose articles are committed (one transaction). */
export async function writeValidators(
  gateway: Gateway,
  urls: ({ url: string } & Validators)[],
): Promise<void> {
  if (urls.length === 0) return;
  const rows = urls.map((u) => ({ url: u.url, etag: u.etag ?? null, lastModified: u.lastModified ?? null }));
  await gateway.executeWrite(loadCypher('write/fetched-urls.cypher'), { urls: rows });
}
