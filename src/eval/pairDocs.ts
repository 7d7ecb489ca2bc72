import { basename } from 'node:path';
import type { ExtractedDoc } from '../types.js';
import type { GoldDoc } from './goldDoc.js';

export interface DocPair {
  /** Empty (no entities, no relations) when no extracted document has the gold document's basename. */
  extracted: ExtractedDoc;
  gold: GoldDoc;
}

export interface Pairing {
  /** One per gold document, in gold order. */
  pairs: DocPair[];
  /** Gold documents that no extracted document matched: scored as empty predictions, as score.py does. */
  missing: string[];
  /** Extracted documents that match no gold document (not scored), or repeat a basename already taken. */
  unpaired: string[];
}

/**
 * Pairs every gold document with the extracted document of the same file basename
 * ("../shared/dev-eval/articles/01_x.txt" and gold "01_x.txt"), as score.py does.
 */
export function pairDocs(extracted: readonly ExtractedDoc[], gold: readonly GoldDoc[]): Pairing {
  const byBasename = new Map<string, ExtractedDoc>();
  const unpaired: string[] = [];
  for (const doc of extracted) {
    const name = basename(doc.doc);
    if (byBasename.has(name)) unpaired.push(doc.doc);
    else byBasename.set(name, doc);
  }
  const used = new Set<ExtractedDoc>();
  const missing: string[] = [];
  const pairs = gold.map((entry): DocPair => {
    const doc = byBasename.get(basename(entry.doc));
    if (doc === undefined) {
      missing.push(entry.doc);
      return { extracted: { doc: entry.doc, title: '', entities: [], relations: [] }, gold: entry };
    }
    used.add(doc);
    return { extracted: doc, gold: entry };
  });
  for (const doc of byBasename.values()) if (!used.has(doc)) unpaired.push(doc.doc);
  return { pairs, missing, unpaired };
}
