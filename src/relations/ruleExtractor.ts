/**
 * The rule-based relation extractor: trigger words from data/triggers/ and argument frames
 * written against how English news states facts. The steps, each in its own file:
 * find the triggers (the compiled lexicon), read each with the frame families of its kind
 * (frames/registry.ts, over the clause reader in clause/), copy ", as did X" (asDid.ts), mark
 * polarity (polarity.ts), keep the most confident reading of each fact. A consortium's members are
 * made bidders once per document, on finished relations (expandConsortium.ts).
 */
import type { Relation, Sentence } from '../types.js';
import type { EntityRef } from '../entities/recognizeEntities.js';
import type { ExtractionContext, Extractor } from './Extractor.js';
import { longestMatch } from '../lexicon/phraseTrie.js';
import { sentenceView } from './clause/index.js';
import { asDid } from './asDid.js';
import type { Candidate, Frame } from './frames/frame.js';
import { FRAMES_BY_KIND } from './frames/registry.js';
import { polarity, type Polarity } from './polarity.js';

/** Every whole trigger phrase in the sentence that is not inside a name, longest first at each word. */
function findFrames(ctx: ExtractionContext): Frame[] {
  const { lowers } = ctx.tokens;
  const lx = ctx.lexicon;
  const frames: Frame[] = [];
  for (let i = 0; i < lowers.length; i++) {
    // "the Halden-owned Corvane", "majority-owned by": a trigger after a hyphen inside the word
    const hyphen = lowers[i].lastIndexOf('-');
    if (hyphen >= 0) {
      for (const form of lx.compoundSuffixes.get(lowers[i].slice(hyphen + 1)) ?? [])
        frames.push({ ti: i, tj: i + 1, form });
    }
    const ex = exTitle(ctx, i);
    if (ex.length > 0) {
      frames.push(...ex);
      i = ex[0].tj - 1;
      continue;
    }
    if (!lx.triggerFirstWords.has(lowers[i])) continue;
    const name = ctx.refs.find((r) => r.ti <= i && i < r.tj && r.kind === 'name');
    if (name) {
      // inside a name, except a named partnership: "Norvex's Coastal Alliance with Qadira"
      frames.push(...namedPartnership(ctx, name, i));
      continue;
    }
    const m = longestMatch(lx.triggers, lowers, i);
    if (m) {
      for (const form of m.values) frames.push({ ti: i, tj: m.end, form });
      i = m.end - 1;
      continue;
    }
    const split = particleAfterObject(ctx, i);
    if (split) frames.push(...split);
  }
  return frames;
}

/**
 * "Ana Ruiz, ex-chief executive of Norvex": a title written with "ex-" in its first word (one token)
 * is read as the title; a former role counts as the role.
 */
function exTitle(ctx: ExtractionContext, i: number): Frame[] {
  const { lowers } = ctx.tokens;
  if (!/^ex-./.test(lowers[i])) return [];
  const words = [lowers[i].slice(3), ...lowers.slice(i + 1, i + 6)];
  const m = longestMatch(ctx.lexicon.triggers, words, 0);
  if (!m) return [];
  return m.values.filter((form) => form.kind === 'agent').map((form) => ({ ti: i, tj: i + m.end, form }));
}

/**
 * "Norvex's Coastal Alliance with Qadira": a name ending in a partnership noun and followed by
 * "with" is the partnership itself; the whole name is read as the trigger noun.
 */
function namedPartnership(ctx: ExtractionContext, name: EntityRef, i: number): Frame[] {
  const { lowers } = ctx.tokens;
  if (i !== name.tj - 1 || name.ti === i || lowers[name.tj] !== 'with') return [];
  const m = longestMatch(ctx.lexicon.triggers, lowers, i);
  if (!m || m.end !== name.tj) return [];
  return m.values
    .filter((form) => form.relation === 'PARTNERED_WITH' && form.kind === 'noun')
    .map((form) => ({ ti: name.ti, tj: name.tj, form }));
}

/**
 * "Qadira turned Norvex down", "Halden bought Pexo out": a two-word verb trigger whose object
 * stands between the verb and its particle. The frame covers the verb alone, so the object is
 * read right after it.
 */
function particleAfterObject(ctx: ExtractionContext, i: number): Frame[] {
  const { lowers } = ctx.tokens;
  const obj = ctx.refs.find((r) => r.ti === i + 1);
  if (!obj || obj.tj >= lowers.length) return [];
  const m = longestMatch(ctx.lexicon.triggers, [lowers[i], lowers[obj.tj]], 0);
  if (!m || m.end !== 2) return [];
  return m.values.filter((form) => form.kind === 'verb').map((form) => ({ ti: i, tj: i + 1, form }));
}

/** An apposition holds whatever the clause's mood ("could merge Pexo with Corvane, Halden's unit"). */
const stativePolarity = (p: Polarity, c: Candidate): Polarity => (c.stative ? { ...p, hedged: false } : p);

export function ruleRelations(sentence: Sentence, ctx: ExtractionContext): Relation[] {
  if (ctx.refs.length === 0 && !ctx.recentDeal) return [];
  const frames = findFrames(ctx);
  if (frames.length === 0) return [];
  const v = sentenceView(ctx);
  const read: Candidate[] = [];
  for (const f of frames) for (const frame of FRAMES_BY_KIND[f.form.kind]) read.push(...frame(v, f));
  const best = new Map<string, Relation>();
  for (const c of asDid(v, read)) {
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
      ...stativePolarity(polarity(v, c.at, c.type), c),
    };
    const key = `${rel.type}|${rel.source}|${rel.target}`;
    const prev = best.get(key);
    // one reading of a fact asserts it ("former chief executive Ana Ruiz"), another hedges it ("would
    // return to run the bank"): the asserted reading stands, then the more confident one
    const asserted = (r: Relation): boolean => !r.negated && !r.hedged;
    if (
      !prev ||
      (asserted(rel) && !asserted(prev)) ||
      (asserted(rel) === asserted(prev) && prev.confidence < rel.confidence)
    )
      best.set(key, rel);
  }
  return [...best.values()];
}

export const ruleExtractor: Extractor = { name: 'rules', extract: ruleRelations };
