/**
 * Descriptor and pronoun references ("the Chinese firm", "the app", "it", "we") resolved to an entity
 * already mentioned. Pure: adds refs of kind 'descriptor' / 'pronoun' to each sentence's ref list.
 */
import type { EntityType } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { SentenceTokens } from './docTokens.js';
import { entityRef } from './entityRef.js';
import { longestMatch } from '../lexicon/phraseTrie.js';
import { nameKey } from './nameKey.js';
import type { DocEntity, EntityRef, RecognizedDoc } from './recognizeEntities.js';

const LOOKBACK = 3;

interface Descriptor {
  i: number;
  j: number;
  head: string;
  types: EntityType[];
  nationality?: string;
}

/** "the US tech giant" at token k (the "the"), or undefined. */
function descriptorAt(st: SentenceTokens, k: number, lx: CompiledLexicon): Descriptor | undefined {
  const W = lx.words;
  let m = k + 1;
  let nationality: string | undefined;
  while (m < st.tokens.length && m - k <= 5) {
    const t = st.tokens[m];
    if (!t.word) break;
    const country = lx.demonyms.get(t.lower) ?? longestMatch(lx.countries, [t.lower], 0)?.values[0];
    if (country) {
      nationality = nameKey(country.names[0]);
    } else if (t.cap) {
      break;
    } else if (
      !W['descriptor-modifiers'].has(t.lower) &&
      !W['org-descriptors'].has(t.lower) &&
      !W['product-descriptors'].has(t.lower) &&
      !W['government-descriptors'].has(t.lower) &&
      !W['government-titles'].has(t.lower) &&
      !t.lower.includes('-')
    ) {
      break;
    }
    m++;
  }
  if (m === k + 1) return undefined;
  const head = st.lowers[m - 1].split('-').at(-1)!; // "tech-giant" -> "giant"
  const after = st.tokens[m];
  if (after && after.word && after.cap) return undefined; // "the tech firm Norvex": apposition, not a reference
  let types: EntityType[];
  if (W['org-descriptors'].has(head)) types = ['Organization', 'Product'];
  else if (W['product-descriptors'].has(head)) types = ['Product', 'Organization'];
  else if (W['government-descriptors'].has(head)) types = ['Government'];
  else if (W['government-titles'].has(head)) types = ['Person'];
  else return undefined;
  if (head === 'officials' || head === 'authorities' || head === 'regulators') {
    if (!nationality) return undefined;
  }
  return { i: k, j: m, head, types, nationality };
}

function pick(
  d: Descriptor,
  st: SentenceTokens,
  refs: EntityRef[][],
  entities: Map<string, DocEntity>,
  salience: Map<string, number>,
): { best: DocEntity; second?: DocEntity } | undefined {
  const most = Math.max(1, ...salience.values());
  let best: DocEntity | undefined;
  let bestScore = Infinity;
  let second: DocEntity | undefined;
  let secondScore = Infinity;
  const seen = new Set<string>();
  const s = st.sentence.index;
  for (let back = 0; back <= LOOKBACK && s - back >= 0; back++) {
    const list = refs[s - back].filter((r) => r.kind === 'name' && (back > 0 || r.tj <= d.i));
    for (let n = list.length - 1; n >= 0; n--) {
      const ent = entities.get(list[n].key);
      if (!ent || seen.has(ent.key)) continue;
      const rank = d.types.indexOf(ent.type);
      if (rank < 0) continue;
      if (d.types[0] === 'Person' && !ent.official && [...entities.values()].some((e) => e.official))
        continue;
      if (d.nationality && ent.nationality && d.nationality !== ent.nationality) continue;
      seen.add(ent.key);
      const firstInSentence = list.findIndex((r) => entities.get(r.key)?.type === ent.type) === n;
      const score =
        back * 10 +
        rank * 6 -
        (d.nationality && ent.nationality === d.nationality ? 25 : 0) -
        (ent.descriptors.has(d.head) ? 15 : 0) -
        (d.types[0] === 'Product' && ent.descriptors.has('owned') ? 15 : 0) +
        (firstInSentence ? 0 : 3) -
        // the article's main subject is what "the company" usually means
        Math.round(((salience.get(ent.key) ?? 0) / most) * 8);
      if (score < bestScore) {
        second = best;
        secondScore = bestScore;
        bestScore = score;
        best = ent;
      } else if (score < secondScore) {
        second = ent;
        secondScore = score;
      }
    }
  }
  return best ? { best, second } : undefined;
}

/** A descriptor or pronoun reference over tokens i..j; its text is filled in once the sentence is done. */
function ref(st: SentenceTokens, key: string, i: number, j: number, kind: EntityRef['kind']): EntityRef {
  return entityRef(st, key, kind, i, j, { start: st.tokens[i].start, end: st.tokens[j - 1].end, text: '' });
}

type Speaker = { key: string; sentence: number } | undefined;

/** The speaker of a quote: "Norvex said", "the company said", "said Ana Ruiz"; else `speaker` as it was. */
function speakerIn(st: SentenceTokens, names: EntityRef[], lx: CompiledLexicon, speaker: Speaker): Speaker {
  for (let k = 0; k < st.tokens.length; k++) {
    if (!lx.words['speech-verbs'].has(st.lowers[k])) continue;
    const before = names.filter((r) => r.tj <= k && k - r.tj <= 3).at(-1);
    const after = names.find((r) => r.ti > k && r.ti - k <= 2);
    const who = before ?? after;
    if (who) speaker = { key: who.key, sentence: st.sentence.index };
  }
  return speaker;
}

/** "the Chinese firm" at `d`: the entity it most likely means, which learns the nationality or office. */
function descriptorRef(
  st: SentenceTokens,
  d: Descriptor,
  refs: EntityRef[][],
  entities: Map<string, DocEntity>,
  salience: Map<string, number>,
): EntityRef | undefined {
  const picked = pick(d, st, refs, entities, salience);
  if (!picked) return undefined;
  const ent = picked.best;
  const r = ref(st, ent.key, d.i, d.j, 'descriptor');
  r.alt = picked.second?.key;
  if (d.nationality && !ent.nationality) ent.nationality = d.nationality;
  if (d.types[0] === 'Person') ent.official = true; // "the president"
  return r;
}

/** "it", "its" at token k: the nearest organisation before it in this sentence, else the previous sentence's first. */
function thirdPersonRef(
  st: SentenceTokens,
  k: number,
  sentenceRefs: EntityRef[],
  previous: EntityRef[] | undefined,
  entities: Map<string, DocEntity>,
): EntityRef | undefined {
  const isOrg = (r: EntityRef): boolean => {
    const t = entities.get(r.key)?.type;
    return t === 'Organization' || t === 'Product' || t === 'Government';
  };
  const here = sentenceRefs.filter((r) => r.tj <= k).sort((a, b) => b.ti - a.ti);
  const prev = previous ? previous.filter((r) => r.kind !== 'pronoun') : [];
  const candidates = [...here.filter(isOrg), ...prev.filter(isOrg)];
  if (candidates.length === 0) return undefined;
  const r = ref(st, candidates[0].key, k, k + 1, 'pronoun');
  // "Qadira snubbed its overtures": when the nearest is the other argument, the next one is meant
  r.alt = candidates.find((c) => c.key !== candidates[0].key)?.key;
  return r;
}

export function resolveReferences(
  text: string,
  sentences: SentenceTokens[],
  doc: RecognizedDoc,
  lx: CompiledLexicon,
): void {
  const { refs, entities } = doc;
  let speaker: Speaker;
  const salience = new Map<string, number>();
  for (const list of refs) for (const r of list) salience.set(r.key, (salience.get(r.key) ?? 0) + 1);
  for (const st of sentences) {
    const s = st.sentence.index;
    const added: EntityRef[] = [];
    const names = refs[s];
    speaker = speakerIn(st, names, lx, speaker);
    for (let k = 0; k < st.tokens.length; k++) {
      const w = st.lowers[k];
      if (w === 'the') {
        const d = descriptorAt(st, k, lx);
        if (!d) continue;
        const r = descriptorRef(st, d, refs, entities, salience);
        if (r) added.push(r);
        k = d.j - 1;
      } else if (lx.words['third-person'].has(w) && !st.tokens[k].cap) {
        const r = thirdPersonRef(st, k, [...names, ...added], s > 0 ? refs[s - 1] : undefined, entities);
        if (r) added.push(r);
      } else if (lx.words['first-person'].has(w) && speaker && s - speaker.sentence <= 2) {
        added.push(ref(st, speaker.key, k, k + 1, 'pronoun'));
      }
    }
    for (const r of added) r.text = text.slice(r.start, r.end);
    refs[s] = [...names, ...added].sort((a, b) => a.ti - b.ti || a.start - b.start);
  }
}
