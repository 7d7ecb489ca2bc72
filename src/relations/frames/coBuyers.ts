import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { SentenceView } from '../clause/index.js';
import { pairs, type Candidate, type Frame } from './frame.js';

/**
 * Coordinated subjects of one purchase or bid are partners: "Norvex, Qadira and Halden took control
 * of Pexo" (each pair), not "Norvex and Qadira both bid for Pexo" (rivals:
 * data/lexicon/rival-markers.txt).
 */
export function coBuyers(v: SentenceView, f: Frame, src: EntityRef[], trig: string): Candidate[] {
  const parties = src.filter((r) => r.kind !== 'pronoun');
  if (parties.length < 2) return [];
  const from = Math.min(...parties.map((r) => r.ti));
  if (v.lowers.slice(from, f.tj + 1).some((w) => v.words['rival-markers'].has(w))) return [];
  return parties.flatMap((r, i) => pairs(v, f.ti, 'PARTNERED_WITH', [r], parties.slice(i + 1), 0.75, trig));
}
