import type { EntityType, RelationType } from '../types.js';

/** One sentence that states (or denies) an edge, with the article it comes from. */
export interface VizEvidence {
  text: string;
  articleId: string;
  articleTitle: string;
  sentenceIndex: number;
  hedged: boolean;
  negated: boolean;
  /** When the claim says it happened (docs/event-time.md); absent or null when undated. */
  eventDate?: string | null;
  eventEnd?: string | null;
  timeText?: string | null;
  expected?: boolean;
}

export interface VizNode {
  id: string;
  name: string;
  type: EntityType | string;
  aliases: string[];
  degree: number;
}

/** A typed entity-to-entity edge with the aggregates of graph-model.md. */
export interface VizEdge {
  /** `<source>|<TYPE>|<target>`: one edge per (source, type, target). */
  id: string;
  source: string;
  target: string;
  type: RelationType | string;
  claims: number;
  sentences: number;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Event dates: the first and last day its claims say it happened; absent or null when none is dated. */
  firstEventDate?: string | null;
  lastEventDate?: string | null;
  maxConfidence: number;
  allHedged: boolean;
  evidence: VizEvidence[];
}

export interface VizGraph {
  nodes: VizNode[];
  edges: VizEdge[];
}

/** A VizGraph with positions, sizes and Louvain communities, ready for the page. */
export interface LaidOutNode extends VizNode {
  x: number;
  y: number;
  size: number;
  community: number;
}

export interface LaidOutGraph {
  nodes: LaidOutNode[];
  edges: VizEdge[];
  communities: number;
  /** What the first view fits in (sigma's custom bounding box): the nodes and their labels. */
  frame?: { x: [number, number]; y: [number, number] };
}

export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/** An entity named in the same sentences as another, with no typed relation between the two. */
export interface CoMention {
  id: string;
  sentences: number;
  articles: number;
}

/** What `kg viz` embeds in its page: the drawn graph, laid out, and the entities it only knows. */
export interface VizPageData extends LaidOutGraph {
  title: string;
  /** Entities not drawn at first (no typed relation, or below --top): found by search and expand. */
  others: VizNode[];
  /**
   * "Show co-mentioned": for the best connected entities drawn (a bounded number, see
   * writeVizHtml), the entities named in the same sentences without a typed relation, best first.
   * An entity absent from this map has no co-mentions in the page.
   */
  coMentions?: Record<string, CoMention[]>;
}
