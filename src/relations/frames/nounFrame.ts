import type { EntityRef } from '../../entities/recognizeEntities.js';
import {
  byAgent,
  clauseStart,
  compound,
  group,
  nounObjectStart,
  objectAfter,
  possessor,
  subject,
  typeOf,
  type SentenceView,
} from '../clause/index.js';
import { dealAnaphor, dealParties } from './dealParties.js';
import { offerNounIn } from './rejectedBidder.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/**
 * An action noun: the possessor, a name before it or a from/by agent is the source ("Norvex's
 * bid", "a Norvex bid", "an offer from Norvex"); the entity after its preposition is the target
 * ("bid for Qadira", "partnership with Qadira").
 */
export function nounFrame(v: SentenceView, f: Frame): Candidate[] {
  // "Ana Ruiz, a partner at Halden Capital", "Tom Hale's partner": a person here is no party
  if (f.form.relation === 'PARTNERED_WITH')
    return readNoun(v, f).filter((c) => typeOf(v, c.source) !== 'Person' && typeOf(v, c.target) !== 'Person');
  return readNoun(v, f);
}

function readNoun(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const trig = triggerText(v, f);
  const received = receivedFrom(v, f);
  if (received) return pairs(v, f.ti, rel, received.giver, received.receiver, 0.8, trig);
  const emit = (src: EntityRef[], tgt: EntityRef[], conf: number): Candidate[] =>
    pairs(v, f.ti, rel, src, tgt, conf, trig);
  const poss = possessor(v, f.ti);
  const comp = poss ? [] : compound(v, f.ti);
  const fromBy = byAgent(v, f.tj, 5); // "approval for the deal from Brussels"
  let agent: EntityRef[] = poss ? group(v, poss) : comp.length === 1 ? comp : fromBy;
  let conf = poss ? 0.8 : 0.75;
  if (agent.length === 0 && comp.length < 2) {
    agent = subject(v, f.ti, false);
    conf = 0.7;
  }
  const exclude = new Set([...agent, ...comp].map((r) => r.key));
  // "a say over X": the trigger itself ends with the preposition
  let objStart = v.words.prepositions.has(v.lowers[f.tj - 1]) ? f.tj : nounObjectStart(v, f.tj);
  if (fromBy.length > 0 && agent === fromBy)
    objStart = nounObjectStart(v, Math.max(...fromBy.map((r) => r.tj)));
  let targets = objStart >= 0 ? objectAfter(v, objStart, exclude, 8) : [];
  // "an in-depth review of the transaction": the document's last deal
  if (rel === 'REGULATES' && targets.length === 0 && objStart >= 0) targets = dealAnaphor(v, objStart);
  if (rel === 'PARTNERED_WITH' && comp.length >= 2) {
    // "an Norvex-Qadira partnership"
    return emit([comp[0]], comp.slice(1), 0.8);
  }
  if (agent.length === 0 && rel === 'PARTNERED_WITH' && targets.length >= 2) {
    // "a partnership between Norvex and Qadira"
    return emit([targets[0]], targets.slice(1), 0.75);
  }
  const partnerNoun = rel === 'PARTNERED_WITH' && !/consortium/i.test(trig);
  // "Norvex won the Commission's approval", "Lumo won Borland approval": the regulated is the clause subject
  const regulatorNamed = rel === 'REGULATES' && (poss !== undefined || comp.length === 1);
  // "Norvex closed the purchase with Halden's $2bn backing": the backed is the clause subject
  const withPoss =
    rel === 'SUPPORTS' &&
    poss !== undefined &&
    v.lowers.slice(Math.max(0, poss.ti - 2), poss.ti).includes('with');
  if (
    targets.length === 0 &&
    (partnerNoun ||
      withPoss ||
      regulatorNamed ||
      ((rel === 'REGULATES' || rel === 'SUPPORTS') && agent === fromBy))
  ) {
    // "Qadira will need approval from Brussels": the regulated is the clause subject
    // "TikTok Seeks Norvex Partnership": the other partner is the clause subject
    // not the speaker: "Ana Ruiz said the Authority's investigation would continue"
    const subj = subject(v, f.ti, false).filter(
      (r) => !exclude.has(r.key) && !v.lowers.slice(r.tj, f.ti).some((w) => v.words['speech-verbs'].has(w)),
    );
    if (subj.length > 0) return emit(agent, subj, conf - 0.05);
    // "the sale of Norvex could need approval from Brussels": the deal's parties
    if (rel === 'REGULATES') return emit(agent, dealSubject(v, f.ti), conf - 0.1);
    if (rel === 'PARTNERED_WITH' && agent.length >= 2) return emit([agent[0]], agent.slice(1), 0.75);
    return [];
  }
  return emit(agent, targets, conf);
}

/** Verbs whose subject receives the noun's act: "won the endorsement of", "secured the backing of". */
const RECEIVE = new Set([
  'won',
  'wins',
  'win',
  'winning',
  'secured',
  'secure',
  'secures',
  'received',
  'receive',
  'receives',
  'gained',
  'gain',
  'earned',
  'got',
  'obtained',
  'obtain',
]);

/**
 * "Tom Hale won the endorsement of Ana Ruiz", "Norvex secured the approval of the Trade
 * Ministry": the "of" name gives, the clause subject receives.
 */
function receivedFrom(v: SentenceView, f: Frame): { giver: EntityRef[]; receiver: EntityRef[] } | undefined {
  const L = v.lowers;
  let k = f.ti - 1;
  while (k > 0 && ['the', 'a', 'an', 'formal', 'public', 'full', 'crucial', 'key'].includes(L[k])) k--;
  if (k < 1 || !RECEIVE.has(L[k]) || L[f.tj] !== 'of') return undefined;
  const giver = v.refs.filter((r) => r.ti > f.tj && r.ti <= f.tj + 4).slice(0, 1);
  const receiver = subject(v, k, false);
  if (giver.length === 0 || receiver.length === 0) return undefined;
  return { giver: group(v, giver[0]), receiver };
}

/** "The sale of Norvex [to Halden] could need ...": the parties of a deal noun opening the clause. */
function dealSubject(v: SentenceView, ti: number): EntityRef[] {
  const cs = clauseStart(v, ti);
  const k = offerNounIn(v, cs, Math.min(ti, cs + 4));
  if (k < 0 || v.lowers[k + 1] !== 'of') return [];
  const target = objectAfter(v, k + 2, new Set(), 3);
  if (target.length === 0) return [];
  // "the sale of Norvex to Halden": the buyer too
  const last = target[target.length - 1];
  const buyer = v.lowers[last.tj] === 'to' ? v.refs.filter((r) => r.ti === last.tj + 1) : [];
  return [...dealParties(v, k, target), ...buyer];
}
