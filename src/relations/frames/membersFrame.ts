import type { EntityRef } from '../../entities/recognizeEntities.js';
import { byAgent, compound, possessor, subject, type SentenceView } from '../clause/index.js';
import { isVerbLike } from '../../nlp.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { wordSet } from '../../lexicon/wordSet.js';

const INCLUDES = wordSet('include-verbs');
/** Words between the group noun and its "includes": "group, which also included". */
const LINKS = new Set([',', ...wordSet('members-links')]);
/** Verbs whose subject leads the group that is their object: "Ana Ruiz fronts a group that ...". */
const LEADS_GROUP = wordSet('group-leading-verbs');

/** Participles naming a group's leaders: "a consortium led by Norvex and Qadira". */
const LED_BY = wordSet('led-by-participles');

/**
 * A group noun and the names it includes: every member is a partner of the group's leader (or,
 * with none named, of the first member). "The Norvex group includes Qadira and Lumo",
 * "Ana Ruiz fronts a group that also includes Halden Capital".
 */
export function membersFrame(v: SentenceView, f: Frame): Candidate[] {
  const L = v.lowers;
  // "a consortium led by Ana Ruiz and Halden Capital": the co-leaders are partners
  const ledBy = L[f.tj - 1] === 'by' ? f.tj - 1 : LED_BY.has(L[f.tj]) && L[f.tj + 1] === 'by' ? f.tj : -1;
  if (ledBy >= 0) {
    const leaders = byAgent(v, ledBy, 2);
    return pairs(v, f.ti, f.form.relation, leaders.slice(0, 1), leaders.slice(1), 0.75, triggerText(v, f));
  }
  // the trigger may end with the verb itself: "group that also includes"
  let k = INCLUDES.has(L[f.tj - 1]) ? f.tj - 1 : f.tj;
  while (k < v.n && LINKS.has(L[k]) && k < f.tj + 4) k++;
  if (!INCLUDES.has(L[k])) return [];
  const members = memberList(v, k + 1);
  if (members.length === 0) return [];
  const poss = possessor(v, f.ti);
  let leader: EntityRef[] = poss ? [poss] : compound(v, f.ti);
  if (leader.length === 0) leader = byAgent(v, f.tj, 3);
  if (leader.length === 0 && LEADS_GROUP.has(L[f.ti - 2] ?? '')) leader = subject(v, f.ti - 2, false);
  const trig = triggerText(v, f);
  const others = members.filter((m) => !leader.some((l) => l.key === m.key));
  if (leader.length > 0) return pairs(v, f.ti, f.form.relation, leader.slice(0, 1), others, 0.75, trig);
  return pairs(v, f.ti, f.form.relation, others.slice(0, 1), others.slice(1), 0.7, trig);
}

/**
 * The names listed from token `from`: "includes Qadira, Lumo and Tessel chairman Ana Ruiz". A name
 * whose next words are a lower-case modifier and another name ("Tessel chairman Ana Ruiz",
 * "shipping heir Ivo Lund") modifies that name and is no member; any other lower-case word
 * ends the list ("... and Pexo bid for Lumo").
 */
function memberList(v: SentenceView, from: number): EntityRef[] {
  const out: EntityRef[] = [];
  let k = from;
  while (k < Math.min(v.n, from + 16)) {
    const r = v.refs.find((x) => x.ti === k);
    if (r) {
      const modifier =
        isLower(v, r.tj) && (isCap(v, r.tj + 1) || (isLower(v, r.tj + 1) && isCap(v, r.tj + 2)));
      if (!modifier && !r.possessive) out.push(r);
      k = modifier ? r.tj + 1 : r.tj;
      continue;
    }
    const t = v.ctx.tokens.tokens[k];
    if (!t.word ? t.lower !== ',' : !['and', 'or', 'the'].includes(t.lower) && (!t.cap || isLower(v, k))) {
      // a modifier word before a name ("shipping heir Ivo Lund" after a missed name) is skipped
      if (!(t.word && (isCap(v, k + 1) || (isLower(v, k + 1) && isCap(v, k + 2))))) break;
    }
    k++;
  }
  return out;
}

/** A capitalised word, in a name or not ("shipping heir Ivo Lund" with Ivo Lund unrecognised). */
const isCap = (v: SentenceView, k: number): boolean => v.ctx.tokens.tokens[k]?.cap === true;

/** A lower-case modifier word: "chairman", "heir"; not "and", "for", "bid". */
const isLower = (v: SentenceView, k: number): boolean => {
  const t = v.ctx.tokens.tokens[k];
  if (t === undefined || !t.word || t.cap || ['and', 'or'].includes(t.lower)) return false;
  return !v.words.prepositions.has(t.lower) && !isVerbLike(t.lower);
};
