import { basename, extname } from 'node:path';
import type { ExtractedDoc } from '../types.js';
import type { GoldFile } from './readGold.js';
import type { GoldDoc } from './goldDoc.js';

export interface DocPair {
  extracted: ExtractedDoc;
  gold: GoldDoc;
}

export interface Pairing {
  pairs: DocPair[];
  /** Extracted documents without a gold file, and gold files without an extracted document. */
  unpairedExtracted: string[];
  unpairedGold: string[];
}

/** "data/articles/000_abc.txt" -> "000_abc" */
const stem = (path: string): string => basename(path, extname(path));

/** Pairs extracted documents with gold files by basename (the gold file's own name, or its "doc" field). */
export function pairDocs(extracted: readonly ExtractedDoc[], gold: readonly GoldFile[]): Pairing {
  const goldByStem = new Map<string, GoldFile>();
  for (const entry of gold) {
    goldByStem.set(stem(entry.gold.doc), entry);
    goldByStem.set(stem(entry.file), entry);
  }
  const used = new Set<GoldFile>();
  const pairs: DocPair[] = [];
  const unpairedExtracted: string[] = [];
  for (const doc of extracted) {
    const entry = goldByStem.get(stem(doc.doc));
    if (entry === undefined || used.has(entry)) unpairedExtracted.push(doc.doc);
    else {
      used.add(entry);
      pairs.push({ extracted: doc, gold: entry.gold });
    }
  }
  const unpairedGold = gold.filter((entry) => !used.has(entry)).map((entry) => entry.file);
  return { pairs, unpairedExtracted, unpairedGold };
}
