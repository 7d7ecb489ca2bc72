import type { EntityRef } from '../../entities/recognizeEntities.js';
import { byAgent, compound, possessor, subject, typeOf, type SentenceView } from '../clause/index.js';

/** Is there an offer noun ("bid", "offer", "approach"...) in tokens [from, to)? Its index, else -1. */
export function offerNounIn(v: SentenceView, from: number, to: number): number {
  for (let k = Math.max(0, from); k < Math.min(to, v.n); k++)
    if (v.words['offer-nouns'].has(v.lowers[k])) return k;
  return -1;
}

const isParty = (v: SentenceView, r: EntityRef): boolean => {
  const t = typeOf(v, r);
  return t === 'Organization' || t === 'Person';
};

/**
 * REJECTED's target is the bidder, named by its bid or as the object itself. The object
 * (tokens [from, ...) up to the name `r`) must be an offer or the bidder:
 * "rejected an offer from Norvex", "rejected Norvex's $5bn offer", "turned Norvex down" are;
 * "rejected Norvex's claim", "rejected a package of undertakings from Norvex", "snubbed Paris"
 * are not.
 */
export function isBidObject(v: SentenceView, from: number, r: EntityRef): boolean {
  if (offerNounIn(v, from, r.ti) >= 0) return true;
  const between = v.ctx.tokens.tokens.slice(from, r.ti);
  if (between.some((t) => t.word && !['the', 'a', 'an', 'its', 'their', 'rival'].includes(t.lower)))
    return false;
  // "Norvex's [new $5bn] offer": the noun after the possessive
  // ("Norvex Systems' claim": a plural possessive is written with a bare apostrophe)
  if (r.possessive || v.lowers[r.tj] === "'" || v.lowers[r.tj] === '’')
    return offerNounIn(v, r.tj, r.tj + 6) >= 0;
  return isParty(v, r);
}

/**
 * The subject of a passive REJECTED is the bid or the bidder: "Norvex's offer was rejected by
 * Qadira", "Norvex was rebuffed by Qadira"; not "Norvex's claim was rejected by the court".
 */
export function isBidSubject(v: SentenceView, r: EntityRef, ti: number): boolean {
  if (offerNounIn(v, r.tj, ti) >= 0) return true;
  const between = v.ctx.tokens.tokens.slice(r.tj, ti);
  return (
    !r.possessive &&
    isParty(v, r) &&
    between.every((t) => v.words.auxiliaries.has(t.lower) || /ly$/.test(t.lower))
  );
}

/**
 * "Norvex launched an offer for Lumo, which Lumo's board rejected": the bidder behind the
 * antecedent offer of a relative clause (relative word at w): the offer's possessor, its
 * "from" agent, or the subject of the antecedent's clause.
 */
export function antecedentBidder(v: SentenceView, w: number): EntityRef[] {
  const k = offerNounIn(v, Math.max(0, w - 10), w);
  if (k < 0) return [];
  const poss = possessor(v, k);
  if (poss) return [poss];
  const comp = compound(v, k);
  if (comp.length > 0) return comp;
  const from = byAgent(v, k + 1, 2);
  if (from.length > 0) return from;
  return subject(v, k, false);
}
