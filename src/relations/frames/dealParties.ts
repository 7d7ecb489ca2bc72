import type { EntityRef } from '../../entities/recognizeEntities.js';
import { byAgent, objectAfter, type SentenceView } from '../clause/index.js';
import { offerNounIn } from './rejectedBidder.js';

/**
 * A regulator acting on a deal acts on each party named with it: "blocked Halden's takeover of
 * Pexo" (Halden and Pexo), "approved the takeover of Lumo by Tessel" (Lumo and Tessel). `obj` is
 * the first name of the verb's object, read from token tj.
 */
export function dealParties(v: SentenceView, tj: number, obj: EntityRef[]): EntityRef[] {
  if (obj.length === 0) return obj;
  const first = obj[0];
  const last = obj[obj.length - 1];
  const seen = new Set(obj.map((r) => r.key));
  const more: EntityRef[] = [];
  // "Halden's [$2bn] takeover of Pexo"
  if (first.possessive) {
    const k = offerNounIn(v, first.tj, first.tj + 6);
    if (k >= 0 && (v.lowers[k + 1] === 'of' || v.lowers[k + 1] === 'for'))
      more.push(...objectAfter(v, k + 2, seen, 4));
  }
  // "the takeover of Lumo by Tessel"
  const k = offerNounIn(v, tj, first.ti);
  if (k >= 0 && v.lowers[k + 1] === 'of') more.push(...byAgent(v, last.tj, 2));
  return [...obj, ...more.filter((r) => !seen.has(r.key))];
}
