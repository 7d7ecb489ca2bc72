import type { CoMention, VizEvidence, VizGraph, VizNode } from '../vizGraph.js';

// kg viz --serve: the page asks the server it came from (same origin, the token of its own URL in
// the x-kg-token header). A page opened from a file has no `live` flag and never fetches: its
// Content-Security-Policy would refuse it anyway.

export interface LiveEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface LiveArticle {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  sentences: { index: number; text: string }[];
}

export interface LiveQuery {
  name: string;
  title: string;
  description: string;
  params: { name: string; description: string; defaultValue?: unknown }[];
}

export interface LiveSource {
  /** Entities of the whole graph whose name, alias or id contains `text`. */
  search(text: string): Promise<LiveEntity[]>;
  /** The entity, its neighbours and the edges among them, with evidence. */
  expand(id: string): Promise<VizGraph>;
  /** Entities named in the same sentences with no typed relation, best first (at most 50). */
  coMentioned(id: string): Promise<{ mentions: CoMention[]; nodes: VizNode[] }>;
  evidence(source: string, type: string, target: string): Promise<VizEvidence[]>;
  article(id: string): Promise<LiveArticle>;
  queries(): Promise<LiveQuery[]>;
  query(name: string, params: Record<string, string>): Promise<{ rows: unknown[]; graph: VizGraph }>;
}

/** The server's API when the page was served live (`data.live`), else null. */
export function liveSource(data: { live?: boolean }): LiveSource | null {
  if (!data.live) return null;
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const ask = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(path, {
      ...init,
      headers: { 'x-kg-token': token, 'content-type': 'application/json' },
      cache: 'no-store',
    });
    const body = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
    return body;
  };
  const get = <T>(path: string, params: Record<string, string>) =>
    ask<T>(`${path}?${new URLSearchParams(params).toString()}`);
  return {
    search: async (q) => (await get<{ entities: LiveEntity[] }>('/api/search', { q })).entities,
    expand: (id) => get<VizGraph>('/api/expand', { id }),
    coMentioned: (id) => get('/api/co-mentioned', { id }),
    evidence: async (source, type, target) =>
      (await get<{ evidence: VizEvidence[] }>('/api/evidence', { source, type, target })).evidence,
    article: (id) => get<LiveArticle>('/api/article', { id }),
    queries: async () => (await get<{ queries: LiveQuery[] }>('/api/queries', {})).queries,
    query: (name, params) => ask('/api/query', { method: 'POST', body: JSON.stringify({ name, params }) }),
  };
}
