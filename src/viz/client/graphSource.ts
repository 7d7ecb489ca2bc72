import type { CoMention, LaidOutNode, VizEdge, VizNode } from '../vizGraph.js';

/**
 * Where the page reads the graph from. The static page (`kg viz`) fills it from the JSON embedded
 * in the HTML (embeddedSource.ts); the live view (`kg viz --serve`) can answer the same calls
 * from the server. Everything is async so that either works.
 */
export interface GraphSource {
  /** The graph drawn when the page opens, laid out. */
  initial(): Promise<{
    nodes: LaidOutNode[];
    edges: VizEdge[];
    communities: number;
    /** What the first view fits in (the nodes and their labels); by default the nodes' extent. */
    frame?: { x: [number, number]; y: [number, number] };
  }>;
  /** How many entities and relations the source holds in all (drawn or not). */
  totals(): Promise<{ nodes: number; edges: number }>;
  /** Entities whose name, alias or id matches `text`, best first (exact, prefix, contains). */
  search(text: string, limit: number): Promise<VizNode[]>;
  /** The typed edges of an entity and the entities at their other ends. */
  neighbours(id: string): Promise<{ nodes: VizNode[]; edges: VizEdge[] }>;
  /**
   * "Show co-mentioned": entities named in the same sentences as `id` with no typed relation to it,
   * best first, and those entities; null when the source holds none for `id` (a static page
   * carries them only for its best connected drawn entities).
   */
  coMentioned(id: string): Promise<{ mentions: CoMention[]; nodes: VizNode[] } | null>;
  /** The days (ISO, sorted) on which some relation's first event falls: the time slider's steps. */
  eventDays(): Promise<string[]>;
}
