/**
 * Descriptor, pronoun and implied references ("the Chinese firm", "it", "he", "they", "we", the
 * organisation of a bare title) resolved to an entity already mentioned. Pure: adds refs of kind
 * 'descriptor' / 'pronoun' to each sentence's ref list; the steps live in ./references/.
 */
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { SentenceTokens } from './docTokens.js';
import type { EntityRef, RecognizedDoc } from './recognizeEntities.js';
import { bareTitleRefs } from './references/bareTitleRef.js';
import { descriptorAt } from './references/descriptorAt.js';
import { expletive } from './references/expletive.js';
import { bareGoverningBodyRef, governingBodyRef } from './references/governingBodyRef.js';
import { latterRef } from './references/latterRef.js';
import {
  focused,
  mainOrganisation,
  nextFocus,
  NO_FOCUS,
  titleOrganisation,
  type Focus,
} from './references/focus.js';
import { personGenders, pronounGender } from './references/gender.js';
import { makeRef } from './references/makeRef.js';
import { pickDescriptorAntecedent } from './references/pickDescriptorAntecedent.js';
import { pairRefs } from './references/pairRef.js';
import { pluralAntecedents } from './references/pluralAntecedents.js';
import { pronounAntecedents, type PronounContext } from './references/pronounAntecedents.js';
import { ORG_TYPES } from './references/sentenceSubjects.js';
import { organisationOf, speakerIn, type Speaker } from './references/speaker.js';
import { speakerDescriptor } from './references/speakerDescriptor.js';

/** Earlier sentences' candidates for a pronoun: the entity in focus, then the previous sentence's names. */
function earlierCandidates(
  focusKey: string | undefined,
  previous: readonly EntityRef[] | undefined,
): string[] {
  const prev = (previous ?? []).filter((r) => r.kind !== 'pronoun').map((r) => r.key);
  return [...new Set([...(focusKey ? [focusKey] : []), ...prev])];
}

export function resolveReferences(
  text: string,
  sentences: SentenceTokens[],
  doc: RecognizedDoc,
  lx: CompiledLexicon,
): void {
  const { refs, entities } = doc;
  const W = lx.words;
  let speaker: Speaker | undefined;
  let focus: Focus = NO_FOCUS;
  const salience = new Map<string, number>();
  for (const list of refs) for (const r of list) salience.set(r.key, (salience.get(r.key) ?? 0) + 1);
  const genders = personGenders(sentences, refs, entities, lx);
  const main = mainOrganisation(entities, salience);
  // nationalities the names' own contexts state ("Danish miner Pexo"), before descriptors add guesses
  // the organisation each person holds a title at where the story names both ("Pexo chief executive Mara Quist")
  const knownOrg = new Map<string, string>();
  for (const st of sentences) {
    for (const r of refs[st.sentence.index]) {
      if (knownOrg.has(r.key) || entities.get(r.key)?.type !== 'Person') continue;
      const org = organisationOf(st, r, refs[st.sentence.index], entities, lx);
      if (org) knownOrg.set(r.key, org.key);
    }
  }
  const statedNationality = new Map([...entities.values()].map((e) => [e.key, e.nationality]));
  for (const st of sentences) {
    const s = st.sentence.index;
    const added: EntityRef[] = [];
    const names = refs[s];
    speaker = speakerIn(st, names, entities, lx, speaker);
    const previous = s > 0 ? refs[s - 1] : undefined;
    const titleOrg = titleOrganisation(focus, s, refs, main, salience);
    const ctx = (earlier: string[]): PronounContext => ({
      st,
      refs: [...names, ...added],
      entities,
      lx,
      earlier,
      genders,
    });
    for (let k = 0; k < st.tokens.length; k++) {
      const w = st.lowers[k];
      // "It said", "'He will stay,'": capitalised only as the first word of a sentence or a quote
      // (and not all capitals: "(via US TV)" is no "us")
      const t = st.tokens[k];
      const first = k === 0 || !st.tokens[k - 1].word;
      const lower = !t.cap || (first && t.text.slice(1) === w.slice(1));
      const bare = bareGoverningBodyRef(st, k, titleOrg, lx);
      if (bare) {
        added.push(bare);
        continue;
      }
      const pair = pairRefs(st, k, [...names, ...added], previous, entities, lx);
      if (pair.length > 0) {
        added.push(...pair);
        k = pair[0].tj - 1;
        continue;
      }
      if (w === 'the') {
        const body = latterRef(st, k, names, previous) ?? governingBodyRef(st, k, titleOrg, lx);
        if (body) {
          added.push(body);
          k++;
          continue;
        }
        const d = descriptorAt(st, k, lx, names, entities);
        if (!d) continue;
        const picked =
          speakerDescriptor(d, speaker, s, entities) ??
          pickDescriptorAntecedent(d, st, sentences, refs, entities, salience, lx);
        if (picked) {
          const ent = picked.best;
          const r = makeRef(st, ent.key, d.i, d.j, 'descriptor');
          r.alt = picked.second?.key;
          added.push(r);
          // "Pexo, the Danish miner": a narrowed descriptor in apposition, or one whose nationality
          // the entity is known to have, is one of its names
          const sameNation = d.nationality !== undefined && statedNationality.get(ent.key) === d.nationality;
          if (d.modified && (picked.apposition || sameNation)) ent.aliases.add(text.slice(r.start, r.end));
          if (d.nationality && !ent.nationality) ent.nationality = d.nationality;
          if (d.types[0] === 'Person') ent.official = true; // "the president"
        }
        k = d.j - 1;
      } else if (W['third-person'].has(w) && lower && !expletive(st, k)) {
        const earlier = earlierCandidates(focused(focus.org, s, 2), previous);
        const keys = pronounAntecedents(ctx(earlier), k, ORG_TYPES, undefined);
        if (keys.length === 0) continue;
        const r = makeRef(st, keys[0], k, k + 1, 'pronoun');
        // "Qadira snubbed its overtures": when the first is the other argument, the next one is meant
        r.alt = keys[1];
        added.push(r);
      } else if ((W['male-pronouns'].has(w) || W['female-pronouns'].has(w)) && lower) {
        const earlier = earlierCandidates(focused(focus.person, s, 2), previous);
        const keys = pronounAntecedents(ctx(earlier), k, ['Person'], pronounGender(w, lx));
        if (keys.length === 0) continue;
        const r = makeRef(st, keys[0], k, k + 1, 'pronoun');
        r.alt = keys[1];
        added.push(r);
      } else if (W['plural-pronouns'].has(w) && lower) {
        const group = pluralAntecedents(ctx([]), k)[0];
        if (!group) continue;
        for (const m of group) {
          const r = makeRef(st, m.key, k, k + 1, 'pronoun');
          r.part = group.length > 1; // "they" = Norvex and Qadira: one group, as "Norvex-Qadira"
          added.push(r);
        }
      } else if (W['first-person'].has(w) && lower && speaker && s - speaker.sentence <= speaker.reach) {
        added.push(makeRef(st, speaker.key, k, k + 1, 'pronoun'));
      }
    }
    const withTitles = [...names, ...added];
    added.push(...bareTitleRefs(st, withTitles, titleOrg, knownOrg, entities, lx));
    for (const r of added) r.text = text.slice(r.start, r.end);
    refs[s] = [...names, ...added].sort((a, b) => a.ti - b.ti || a.start - b.start);
    focus = nextFocus(focus, st, refs[s], entities, lx);
  }
}
