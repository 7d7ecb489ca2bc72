/**
 * The rule-based relation extractor: trigger words from data/triggers/ and argument frames
 * written against how English news states facts (active, passive, possessive, apposition, coordination).
 */
import type { Relation, RelationType, Sentence } from '../types.js';
import type { ExtractionContext, Extractor } from '../extract/Extractor.js';
import type { TriggerForm } from '../extract/compileLexicon.js';
import { longestMatch } from '../entities/phraseTrie.js';
import type { EntityRef } from '../entities/recognizeEntities.js';
import { isVerbLike } from '../nlp.js';
import { ALLOWED_TYPES } from './allowedTypes.js';
import { findCue } from './cues.js';

const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);
const NOT_REALIS = new Set([
  'to',
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'shall',
]);
const GERUND_LINKS = new Set(['after', 'before', 'while', 'since', 'by', 'on', 'when', 'without']);
const POSS = new Set(["'s", '’s']);
const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'become',
  'became',
  'remains',
  'remained',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'any']);

interface Candidate {
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  confidence: number;
  trigger: string;
  /** Token index of the trigger (negation is looked for just before it). */
  at: number;
}

interface Frame {
  ti: number;
  tj: number;
  form: TriggerForm;
}

class SentenceRules {
  readonly lowers: string[];
  readonly n: number;
  readonly out: Candidate[] = [];
  at = 0;
  constructor(
    readonly ctx: ExtractionContext,
    readonly refs: EntityRef[],
  ) {
    this.lowers = ctx.tokens.lowers;
    this.n = this.lowers.length;
  }

  get words() {
    return this.ctx.lexicon.words;
  }
  isBoundary(k: number): boolean {
    return this.words['clause-boundaries'].has(this.lowers[k]);
  }
  clauseStart(ti: number): number {
    for (let k = ti - 1; k >= 0; k--) if (this.isBoundary(k)) return k + 1;
    return 0;
  }
  clauseEnd(tj: number): number {
    for (let k = tj; k < this.n; k++) if (this.isBoundary(k)) return k;
    return this.n;
  }
  typeOf(r: EntityRef) {
    return this.ctx.entities.get(r.key)?.type;
  }
  /** Is the ref the object of a preposition ("from retailer Felder")? */
  prepositional(r: EntityRef): boolean {
    for (let k = r.ti - 1; k >= Math.max(0, r.ti - 4); k--) {
      const w = this.lowers[k];
      if (this.words.prepositions.has(w)) return true;
      const t = this.ctx.tokens.tokens[k];
      if (!t.word || t.cap) return false;
    }
    return false;
  }
  /** The ref plus refs coordinated with it: "Norvex and Qadira", "Norvex-Qadira". */
  group(r: EntityRef): EntityRef[] {
    const members = this.refs.filter((x) => x.ti === r.ti && x.part === r.part && (r.part || x === r));
    let last = members[members.length - 1];
    for (;;) {
      let k = last.tj;
      if (POSS.has(this.lowers[k])) break;
      if (this.lowers[k] === ',') k++;
      if (!['and', 'or', '&'].includes(this.lowers[k])) break;
      k++;
      // skip descriptor words: "and retail giant Walmart"
      let nextRef: EntityRef | undefined;
      for (let s = k; s < Math.min(this.n, k + 4); s++) {
        nextRef = this.refs.find((x) => x.ti === s);
        if (nextRef) break;
        const t = this.ctx.tokens.tokens[s];
        if (!t.word || t.cap || this.words.prepositions.has(t.lower)) break;
      }
      if (!nextRef || POSS.has(this.lowers[nextRef.tj])) break;
      members.push(nextRef);
      last = nextRef;
    }
    return members;
  }
  /** The subject of the clause holding token ti. */
  subject(ti: number, gerund: boolean): EntityRef[] {
    let cs = this.clauseStart(ti);
    let inClause = this.refs.filter((r) => r.ti >= cs && r.tj <= ti);
    // "agreed to buy", "an offer from Norvex to acquire": an infinitive's subject is the nearest name before it
    if (this.lowers[ti - 1] === 'to') {
      const near = inClause.at(-1); // "Norvex's bid to take over Qadira"
      if (near) return [near];
    }
    // "after rejecting Norvex's bid": the subject is the main clause's
    if (gerund && inClause.length === 0 && cs > 0 && GERUND_LINKS.has(this.lowers[cs - 1])) {
      cs = this.clauseStart(cs - 1);
      inClause = this.refs.filter((r) => r.ti >= cs && r.tj <= ti);
    }
    let head =
      inClause.find((r) => !r.possessive && !this.prepositional(r)) ??
      inClause.find((r) => !this.prepositional(r));
    // "Norvex chief executive Ana Ruiz said": the subject is the person, not the company
    const title = head ? longestMatch(this.ctx.lexicon.triggers, this.lowers, head.tj) : undefined;
    if (head && title?.values.some((v) => v.relation === 'LEADS' && v.kind === 'agent')) {
      head = inClause.find((r) => r.ti === title.end) ?? head;
    }
    return head ? this.group(head) : [];
  }
  /** The first entity after token tj in the same clause ("rejected an offer from Norvex"). */
  objectAfter(tj: number, exclude: Set<string>, limit = 10): EntityRef[] {
    const end = Math.min(this.clauseEnd(tj), tj + limit);
    for (let k = tj; k < end; k++) {
      const r = this.refs.find((x) => x.ti === k && (!exclude.has(x.key) || (x.alt && !exclude.has(x.alt))));
      if (r) return exclude.has(r.key) ? [{ ...r, key: r.alt! }] : this.group(r);
      const w = this.lowers[k];
      if (k > tj && (this.words.auxiliaries.has(w) || this.words['speech-verbs'].has(w))) break;
      if (k > tj && /ed$/.test(w) && isVerbLike(w) && !['the', 'a', 'an'].includes(this.lowers[k - 1])) break;
    }
    return [];
  }
  byAgent(tj: number, window = 3): EntityRef[] {
    for (let k = tj; k < Math.min(this.n, tj + window); k++) {
      if (this.lowers[k] === 'by' || this.lowers[k] === 'from') {
        const r = this.refs.find((x) => x.ti > k && x.ti <= k + 4);
        return r ? this.group(r) : [];
      }
    }
    return [];
  }
  passive(f: Frame): boolean {
    if (f.form.form !== 'past') return false;
    for (let k = f.ti - 1; k >= Math.max(0, f.ti - 3); k--) {
      const w = this.lowers[k];
      if (PASSIVE_AUX.has(w)) return true;
      if (!/ly$/.test(w) && w !== 'not' && w !== 'also' && w !== 'already' && w !== 'formally') return false;
    }
    return false;
  }
  /** "Norvex's [new] bid": the possessor right before token ti. */
  possessor(ti: number): EntityRef | undefined {
    for (let k = ti - 1; k >= Math.max(0, ti - 5); k--) {
      if (POSS.has(this.lowers[k])) return this.refs.filter((r) => r.tj === k).at(-1);
      const t = this.ctx.tokens.tokens[k];
      if (this.ctx.lexicon.demonyms.has(t.lower)) continue; // "the app's Chinese parent company"
      if (!t.word || (t.cap && !this.refs.some((r) => r.ti <= k && k < r.tj))) return undefined;
      if (this.refs.some((r) => r.ti <= k && k < r.tj)) return undefined;
    }
    return undefined;
  }
  /** "a Norvex bid", "an Norvex-Qadira partnership": a name right before the noun. */
  compound(ti: number): EntityRef[] {
    let k = ti;
    while (k > 0 && /^['"‘’“”]$/.test(this.lowers[k - 1])) k--;
    const r = this.refs.filter((x) => x.tj === k && x.kind === 'name' && !x.possessive).at(-1);
    if (!r) return [];
    return r.part ? this.refs.filter((x) => x.ti === r.ti && x.part) : [r];
  }
  /** Where a noun's object starts: "bid for X", "partnership with X", "bid to take over X". */
  nounObjectStart(tj: number): number {
    let k = tj;
    while (k < this.n && /^['"‘’“”]$/.test(this.lowers[k])) k++;
    while (k < this.n && (this.lowers[k] === ',' || this.lowers[k] === 'and')) k++; // ", and including X"
    const w = this.lowers[k];
    if (w === 'to' && isVerbLike(this.lowers[k + 1] ?? '')) return k + 2;
    return this.words.prepositions.has(w) ? k + 1 : -1;
  }

  emit(
    type: RelationType,
    sources: EntityRef[],
    targets: EntityRef[],
    confidence: number,
    trigger: string,
  ): void {
    const allowed = ALLOWED_TYPES[type];
    for (const s0 of sources) {
      for (const t0 of targets) {
        let s = s0;
        let t = t0;
        if (s.key === t.key && t.alt) t = { ...t, key: t.alt };
        else if (s.key === t.key && s.alt) s = { ...s, key: s.alt };
        if (s.key === t.key) continue;
        const st = this.ctx.entities.get(s.key);
        const tt = this.ctx.entities.get(t.key);
        if (!st || !tt || !allowed.source.includes(st.type) || !allowed.target.includes(tt.type)) continue;
        if (type === 'REGULATES' && st.type === 'Person' && !st.official) continue;
        if (type === 'REGULATES' && tt.type === 'Government') continue;
        const weak = (r: EntityRef): number =>
          r.kind === 'pronoun' ? 0.75 : r.kind === 'descriptor' ? 0.85 : 1;
        this.out.push({
          type,
          source: s,
          target: t,
          confidence: confidence * weak(s) * weak(t),
          trigger,
          at: this.at,
        });
      }
    }
  }

  triggerText(f: Frame): string {
    return this.ctx.tokens.tokens
      .slice(f.ti, f.tj)
      .map((t) => t.text)
      .join(' ');
  }

  verbFrame(f: Frame): void {
    const rel = f.form.relation;
    // "a bid", "its offer": a determiner makes the word a noun
    if (DETERMINERS.has(this.lowers[f.ti - 1] ?? '')) return;
    // "with backing from Felder": a gerund after a preposition is a noun
    if (f.form.form === 'gerund' && this.words.prepositions.has(this.lowers[f.ti - 1] ?? '')) return;
    const trig = this.triggerText(f);
    const passive = this.passive(f);
    if (rel === 'ACQUIRED' || rel === 'BID_FOR') {
      // "Norvex acquired Qadira" (done) vs "agreed to buy", "plans to acquire" (a bid)
      const prev = this.lowers[f.ti - 1];
      const realis =
        (f.form.form === 'past' || passive) &&
        !NOT_REALIS.has(prev) &&
        !NOT_REALIS.has(this.lowers[f.ti - 2] ?? '');
      if (rel === 'ACQUIRED' && !realis) return;
      // a completed purchase is ACQUIRED, not BID_FOR ("bid" itself stays a bid)
      if (rel === 'BID_FOR' && realis && f.form.form !== 'base' && this.lowers[f.ti] !== 'bid') return;
    }
    if (passive) {
      // "Norvex's bid was rejected by Qadira" (passive)
      const src = this.byAgent(f.tj);
      const tgt = this.subject(f.ti, false);
      if (src.length > 0 && tgt.length > 0) this.emit(rel, src, tgt, 0.85, trig);
      return;
    }
    const src = this.subject(f.ti, f.form.form === 'gerund');
    if (src.length === 0) return;
    const tgt = this.objectAfter(f.tj, new Set(src.map((r) => r.key)));
    this.emit(rel, src, tgt, 0.85, trig);
    // "Norvex and Qadira will partner": no object, a coordinated subject
    if (rel === 'PARTNERED_WITH' && tgt.length === 0 && src.length >= 2)
      this.emit(rel, [src[0]], src.slice(1), 0.8, trig);
  }

  inverseFrame(f: Frame): void {
    // "Norvex submitted its plan to the Competition Authority": the object regulates the subject
    const subject = this.subject(f.ti, f.form.form === 'gerund');
    const obj = this.objectAfter(f.tj, new Set(subject.map((r) => r.key)));
    const govs = obj.filter((r) => this.typeOf(r) === 'Government');
    this.emit(f.form.relation, govs, subject, 0.7, this.triggerText(f));
  }

  nounFrame(f: Frame): void {
    const rel = f.form.relation;
    const trig = this.triggerText(f);
    const poss = this.possessor(f.ti);
    const comp = poss ? [] : this.compound(f.ti);
    const fromBy = this.byAgent(f.tj, 5); // "approval for the deal from Brussels"
    let agent: EntityRef[] = poss ? this.group(poss) : comp.length === 1 ? comp : fromBy;
    let conf = poss ? 0.8 : comp.length === 1 ? 0.75 : 0.75;
    if (agent.length === 0 && comp.length < 2) {
      agent = this.subject(f.ti, false);
      conf = 0.7;
    }
    const exclude = new Set([...agent, ...comp].map((r) => r.key));
    // "a say over X": the trigger itself ends with the preposition
    let objStart = this.words.prepositions.has(this.lowers[f.tj - 1]) ? f.tj : this.nounObjectStart(f.tj);
    if (fromBy.length > 0 && agent === fromBy)
      objStart = this.nounObjectStart(Math.max(...fromBy.map((r) => r.tj)));
    const targets = objStart >= 0 ? this.objectAfter(objStart, exclude, 8) : [];
    if (rel === 'PARTNERED_WITH' && comp.length >= 2) {
      // "an Norvex-Qadira partnership"
      this.emit(rel, [comp[0]], comp.slice(1), 0.8, trig);
      return;
    }
    if (agent.length === 0 && rel === 'PARTNERED_WITH' && targets.length >= 2) {
      // "a partnership between Norvex and Qadira"
      this.emit(rel, [targets[0]], targets.slice(1), 0.75, trig);
      return;
    }
    const partnerNoun = rel === 'PARTNERED_WITH' && !/consortium/i.test(trig);
    if (
      targets.length === 0 &&
      (partnerNoun || ((rel === 'REGULATES' || rel === 'SUPPORTS') && agent === fromBy))
    ) {
      // "Qadira will need approval from Brussels": the regulated is the clause subject
      // "TikTok Seeks Norvex Partnership": the other partner is the clause subject
      const subj = this.subject(f.ti, false).filter((r) => !exclude.has(r.key));
      if (subj.length > 0) {
        this.emit(rel, agent, subj, conf - 0.05, trig);
        return;
      }
      if (rel === 'PARTNERED_WITH' && agent.length >= 2)
        this.emit(rel, [agent[0]], agent.slice(1), 0.75, trig);
      return;
    }
    this.emit(rel, agent, targets, conf, trig);
  }

  agentFrame(f: Frame): void {
    const rel = f.form.relation;
    const L = this.lowers;
    let k0 = f.ti;
    let former = false;
    for (let k = f.ti - 1; k >= Math.max(0, f.ti - 2); k--) {
      if (this.words['former-markers'].has(L[k])) {
        former = true;
        k0 = k;
      } else if (L[k] !== 'the') break;
    }
    const trig = (former ? 'former ' : '') + this.triggerText(f);
    const factor = former ? 0.75 : 1;
    // the organisation / owned thing: "Norvex's chairman", "Norvex chairman", "chairman of Norvex"
    const poss = this.possessor(k0);
    let target: EntityRef[] = poss ? [poss] : this.compound(k0);
    let conf = 0.85;
    if (target.length === 0 && (L[f.tj] === 'of' || L[f.tj] === 'at'))
      target = this.objectAfter(f.tj + 1, new Set(), 6);
    // the role holder: "Norvex's chairman, the billionaire Ana Ruiz" (apposition after)
    let source: EntityRef[] = [];
    let s = f.tj;
    if (target.length > 0 && (L[s] === 'of' || L[s] === 'at')) s = Math.max(...target.map((r) => r.tj));
    // after "chief executive of Norvex" the holder is written before the title, not after
    const afterLimit = s === f.tj ? s + 5 : s;
    for (let k = s; k < Math.min(this.n, afterLimit); k++) {
      // a same-named holder means the possessor was mis-resolved: its alternative is meant
      const r = this.refs.find((x) => x.ti === k && !target.some((t) => t.key === x.key && !t.alt));
      const rType = r ? this.typeOf(r) : undefined;
      if (r && rType && ALLOWED_TYPES[rel].source.includes(rType)) {
        source = [r];
        break;
      }
      // "Ana Ruiz, CEO, Norvex, said": the name after the title is the organisation
      if (r) break;
      const t = this.ctx.tokens.tokens[k];
      if (t.word && t.cap) break;
      if (!t.word && L[k] !== ',') break;
    }
    // "Ana Ruiz, the former chief executive of Norvex" / "Ana Ruiz, CEO, Norvex" (apposition before)
    if (source.length === 0) {
      let k = k0 - 1;
      while (k >= 0 && (L[k] === 'the' || L[k] === 'a' || L[k] === 'an')) k--;
      if (poss) k = poss.ti - 1;
      if (L[k] === ',') {
        const r = this.refs.filter((x) => x.tj === k).at(-1);
        if (r) source = [r];
        if (r && target.length === 0 && L[f.tj] === ',')
          target = this.objectAfter(f.tj + 1, new Set([r.key]), 3);
      }
    }
    // "Ana Ruiz is one of Senator Hale's backers": the clause subject
    if (source.length === 0 && target.length > 0) {
      // only when the role noun is the predicate: "Ana Ruiz is a backer of ...", not "X's order ... Y's owner"
      const cs = this.clauseStart(k0);
      if (this.lowers.slice(cs, k0).some((w) => COPULAS.has(w))) {
        source = this.subject(k0, false).filter((r) => !target.some((t) => t.key === r.key));
        conf = 0.75;
      }
    }
    if (source.length > 0 && target.length === 0 && rel === 'OWNS') {
      // "was rejected by Chinese owner Qadira": the owned is the nearest organisation before
      const before = this.refs.filter((r) => r.tj <= k0 && !source.some((x) => x.key === r.key));
      const owned = before
        .reverse()
        .find((r) => this.typeOf(r) === 'Organization' || this.typeOf(r) === 'Product');
      if (owned) {
        target = [owned];
        conf = 0.6;
      }
    }
    this.emit(rel, source, target, conf * factor, trig);
  }

  run(frames: Frame[]): Candidate[] {
    for (const f of frames) {
      this.at = f.ti;
      if (f.form.kind === 'verb' && f.form.form !== 'noun') this.verbFrame(f);
      else if (f.form.kind === 'inverse') this.inverseFrame(f);
      else if (f.form.kind === 'noun') this.nounFrame(f);
      else if (f.form.kind === 'agent') this.agentFrame(f);
    }
    return this.out;
  }
}

/** Expands a consortium's bid to all its members ("a consortium led by X and including Y"). */
function consortiumMembers(cands: Candidate[]): Set<string> {
  const members = new Set<string>();
  for (const c of cands) {
    if (c.type === 'PARTNERED_WITH' && /consortium/i.test(c.trigger)) {
      members.add(c.source.key);
      members.add(c.target.key);
    }
  }
  return members;
}

export function ruleRelations(sentence: Sentence, ctx: ExtractionContext): Relation[] {
  const refs = ctx.refs;
  if (refs.length === 0) return [];
  const { lowers } = ctx.tokens;
  const lx = ctx.lexicon;
  if (!lowers.some((w) => lx.triggerFirstWords.has(w))) return [];
  const frames: Frame[] = [];
  for (let i = 0; i < lowers.length; i++) {
    if (!lx.triggerFirstWords.has(lowers[i])) continue;
    if (refs.some((r) => r.ti <= i && i < r.tj && r.kind === 'name')) continue; // inside a name
    const m = longestMatch(lx.triggers, lowers, i);
    if (!m) continue;
    for (const form of m.values) frames.push({ ti: i, tj: m.end, form });
    i = m.end - 1;
  }
  if (frames.length === 0) return [];
  const rules = new SentenceRules(ctx, refs);
  const cands = rules.run(frames);
  const members = consortiumMembers(cands);
  for (const c of [...cands]) {
    if (c.type === 'BID_FOR' && members.has(c.source.key)) {
      for (const m of members) {
        const ref = refs.find((r) => r.key === m);
        if (ref && m !== c.target.key) cands.push({ ...c, source: ref, confidence: c.confidence * 0.9 });
      }
    }
  }
  const best = new Map<string, Relation>();
  for (const c of cands) {
    const at = c.at;
    const negated =
      findCue(lx.phrases.negations, lowers, Math.max(rules.clauseStart(at), at - 6), at) !== undefined;
    // hedges in the trigger's clause or the clause before it ("it is unclear whether X will approve")
    const cs = rules.clauseStart(at);
    const hedged =
      findCue(
        lx.phrases.hedges,
        lowers,
        cs > 0 ? rules.clauseStart(cs - 1) : 0,
        Math.min(rules.clauseEnd(at + 1), at + 3),
      ) !== undefined;
    const source = ctx.entities.get(c.source.key)!;
    const target = ctx.entities.get(c.target.key)!;
    const rel: Relation = {
      type: c.type,
      source: source.id,
      target: target.id,
      evidence: sentence.text,
      sentence: sentence.index,
      start: sentence.start,
      end: sentence.end,
      trigger: c.trigger,
      confidence: Math.round(Math.min(1, Math.max(0, c.confidence)) * 100) / 100,
      negated,
      hedged,
    };
    const key = `${rel.type}|${rel.source}|${rel.target}`;
    const prev = best.get(key);
    if (!prev || prev.confidence < rel.confidence) best.set(key, rel);
  }
  return [...best.values()];
}

export const ruleExtractor: Extractor = { name: 'rules', extract: ruleRelations };
