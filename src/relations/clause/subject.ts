import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { isVerbLike } from '../../nlp.js';
import { clauseStart } from './clauseBounds.js';
import { group } from './group.js';
import { prepositional } from './prepositional.js';
import {
  coordinatedSubject,
  relativeAntecedent as apposedAntecedent,
  relativePronounBefore,
} from './relativeAntecedent.js';
import type { SentenceView } from './sentenceView.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Adverbs that may stand between a relative word and its verb: "who also founded". */
const LINK_ADVERBS = wordSet('verb-group-adverbs');

/** Words that join a gerund clause to its main clause: "after rejecting Norvex's bid". */
const GERUND_LINKS = wordSet('gerund-links');

/**
 * The subject of the clause holding token ti (with the names coordinated with it). Of "Norvex
 * chief executive Ana Ruiz", the person is the subject, or the organisation when the verb is
 * one the organisation does through her (actor "organisation": "... rejected the offer").
 */
export function subject(
  v: SentenceView,
  ti: number,
  gerund: boolean,
  actor: 'person' | 'organisation' = 'person',
): EntityRef[] {
  let cs = clauseStart(v, ti);
  // "Ana Ruiz, who sold Lumo to Pexo, said she would vote for Tom Hale": a reported clause of its own
  cs = reportedClauseStart(v, cs, ti);
  // "Lumo, which owns Pexo", "Ana Ruiz, who founded Pexo": a subject relative's subject is its antecedent
  const antecedent = relativeAntecedent(v, cs, ti);
  if (antecedent) return [antecedent];
  let inClause = v.refs.filter((r) => r.ti >= cs && r.tj <= ti);
  // "agreed to buy", "an offer from Norvex to acquire": an infinitive's subject is the nearest name before it
  if (v.lowers[ti - 1] === 'to') {
    // "the decision by the Lumo Party, chaired by Ana Ruiz, to back Tom Hale": the name before the apposition
    const apposed = v.lowers[ti - 2] === ',' ? beforeParticipleApposition(v, ti - 2) : undefined;
    if (apposed) return [apposed];
    const near = inClause.at(-1); // "Norvex's bid to take over Qadira"
    // "Norvex and Halden agreed to buy Qadira": the names coordinated with it
    const first = near && inClause.find((r) => r.ti < near.ti && group(v, r).includes(near));
    if (first) return group(v, first);
    if (near) return [near];
  }
  // "Mark Dunn, the former Norvex chief who chairs Qadira": back over an apposition to the person;
  // a relative clause whose antecedent is not a name we know has no subject we know
  if (relativePronounBefore(v, ti) >= 0) {
    const apposed = apposedAntecedent(v, ti);
    return apposed ? [apposed] : [];
  }
  const coordinated = coordinatedSubject(v, ti);
  if (coordinated) return coordinated;
  // "after rejecting Norvex's bid": the subject is the main clause's
  if (gerund && inClause.length === 0 && cs > 0 && GERUND_LINKS.has(v.lowers[cs - 1])) {
    cs = clauseStart(v, cs - 1);
    inClause = v.refs.filter((r) => r.ti >= cs && r.tj <= ti);
  }
  // "Ike Ruiz, though not Ana Ruiz, and Halden Capital voted for ...": ", and" opens a new clause
  const and = coordinatedClause(v, cs, ti);
  if (and > cs) inClause = inClause.filter((r) => r.ti >= and);
  // "a fund managing Norvex's pensions backed ...": the object of a participle is no subject
  // ... with the names coordinated with it: "a fund managing Norvex and Qadira pensions"
  const objects = new Set(inClause.filter((r) => afterParticiple(v, r)).flatMap((r) => group(v, r)));
  const candidates = inClause.filter((r) => !prepositional(v, r) && !objects.has(r));
  let head = candidates.find((r) => !r.possessive) ?? candidates[0];
  // "the Marlow pension fund Pexo voted for": a name modifying a descriptor of the name after it
  const described = head ? describedName(v, head, ti) : undefined;
  if (described) head = described;
  // "Norvex chief executive Ana Ruiz said": the subject is the person, not the company
  const title = head ? longestMatch(v.ctx.lexicon.triggers, v.lowers, head.tj) : undefined;
  if (actor === 'person' && head && title?.values.some((t) => t.relation === 'LEADS' && t.kind === 'agent')) {
    head = inClause.find((r) => r.ti === title.end) ?? head;
  }
  return head ? group(v, head) : [];
}

/** The token after the last ", and" / ", but" before ti that a name follows; else cs. */
function coordinatedClause(v: SentenceView, cs: number, ti: number): number {
  for (let k = ti - 2; k > cs; k--) {
    if ((v.lowers[k] === 'and' || v.lowers[k] === 'but') && v.lowers[k - 1] === ',') {
      // "The finance minister, Tom Lee, and the central bank ...": the comma closes an apposition
      // (the description's own modifiers are no subject: "The Borland finance minister")
      const apposed = v.lowers[k] === 'and' ? apposedAtStart(v, cs, k - 1) : -1;
      if (apposed >= 0) return apposed;
      return v.refs.some((r) => r.ti > k && r.tj <= ti) ? k + 1 : cs;
    }
  }
  return cs;
}

/**
 * The start of the name ending at the comma `comma` when it stands in apposition to a description
 * that opens the clause ("The Borland finance minister, Tom Lee,": only words, no verb, between cs
 * and its opening comma); else -1.
 */
function apposedAtStart(v: SentenceView, cs: number, comma: number): number {
  const r = v.refs.find((x) => x.tj === comma && x.kind === 'name');
  if (!r || v.lowers[r.ti - 1] !== ',' || r.ti - 1 - cs < 2 || r.ti - 1 - cs > 6) return -1;
  const words = v.ctx.tokens.tokens.slice(cs, r.ti - 1);
  const described =
    /^(the|a)$/.test(v.lowers[cs]) &&
    words.every((t) => t.word && !v.words.auxiliaries.has(t.lower) && !v.words['speech-verbs'].has(t.lower));
  return described ? r.ti : -1;
}

/** "representing Norvex", "acquiring the retailer Lumo": a name that is a participle's object. */
function afterParticiple(v: SentenceView, r: EntityRef): boolean {
  const L = v.lowers;
  // the participle, right before the name or before its determiner ("the messaging app Lumo" has none)
  const k = ['the', 'a', 'an', 'its', 'their'].includes(L[r.ti - 1]) ? r.ti - 2 : r.ti - 1;
  if (k < 1 || !/ing$/.test(L[k]) || !isVerbLike(L[k])) return false;
  return !['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(L[k - 1]);
}

/**
 * The name a subject relative clause ("which owns Pexo", "who founded Pexo") hangs on, when the
 * trigger at ti is in one: the relative word has no name between it and ti, and a name right
 * before it ("Lumo, which").
 */
function relativeAntecedent(v: SentenceView, cs: number, ti: number): EntityRef | undefined {
  for (let k = ti - 1; k >= Math.max(0, cs - 1); k--) {
    if (v.refs.some((r) => r.ti <= k && k < r.tj)) return undefined;
    const w = v.lowers[k];
    if (w !== 'which' && w !== 'who' && w !== 'that') continue;
    // the trigger is the relative clause's own verb: "who later founded", not "who wants X to own"
    const between = v.lowers.slice(k + 1, ti);
    if (!between.every((b) => v.words.auxiliaries.has(b) || /ly$/.test(b) || LINK_ADVERBS.has(b)))
      return undefined;
    const end = v.lowers[k - 1] === ',' ? k - 1 : k;
    return v.refs.filter((r) => r.tj === end && !r.possessive).at(-1);
  }
  return undefined;
}

/** Of ", chaired by Ana Ruiz," ending at comma k: the name right before its opening comma. */
function beforeParticipleApposition(v: SentenceView, k: number): EntityRef | undefined {
  const open = v.lowers.lastIndexOf(',', k - 1);
  if (open < 1 || k - open > 8 || !/(ed|en)$/.test(v.lowers[open + 1]) || v.lowers[open + 2] !== 'by')
    return undefined;
  // "the Lumo Party (LP), chaired by ...": the name before its bracketed abbreviation
  const bracket = v.lowers[open - 1] === ')' ? v.lowers.lastIndexOf('(', open - 1) : -1;
  const end = bracket >= 0 && open - bracket <= 6 ? bracket : open;
  return v.refs.filter((r) => r.tj === end && !r.possessive).at(-1);
}

/**
 * The first token of a reported clause between cs and ti ("said she would vote": "she"), when a
 * speech verb there is followed, past an optional "that", by a reference before ti; else cs.
 */
function reportedClauseStart(v: SentenceView, cs: number, ti: number): number {
  for (let k = ti - 2; k >= cs; k--) {
    if (!v.words['speech-verbs'].has(v.lowers[k])) continue;
    const start = v.lowers[k + 1] === 'that' ? k + 2 : k + 1;
    return v.refs.some((r) => r.ti === start && r.tj <= ti) ? start : cs;
  }
  return cs;
}

/** Of "the Marlow pension fund Pexo", at "Marlow": Pexo, the name after a descriptor noun Marlow modifies. */
function describedName(v: SentenceView, r: EntityRef, ti: number): EntityRef | undefined {
  let k = r.tj;
  const plain = (j: number): boolean => v.ctx.tokens.tokens[j].word && !v.ctx.tokens.tokens[j].cap;
  while (k < ti && k < r.tj + 3 && plain(k)) k++;
  if (k === r.tj || !v.words['org-descriptors'].has(v.lowers[k - 1])) return undefined;
  return v.refs.find((x) => x.ti === k && x.tj <= ti && x.kind === 'name' && !x.possessive);
}
