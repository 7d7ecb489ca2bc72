/**
 * Entity recognition and resolution for one document (pure), in two calls so that compromise can
 * parse the candidate sentences of many documents together (extractDocuments):
 * planEntities finds candidate names (gazetteer, capitalised spans typed by cues) and the sentences
 * compromise must parse; resolveEntities takes compromise's spans for those, votes, merges variants
 * into canonical entities, and finds every mention of the resolved names in every sentence
 * (headlines included) with exact offsets.
 */
import type { NlpSpan } from '../nlp.js';
import type { EntityType } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { SentenceTokens } from './docTokens.js';
import { buildEntityBook } from './entityBook.js';
import { annotateMention, sentenceMentions } from './findMentions.js';
import { dropCompoundNames, findVariantMerges } from './mergeVariants.js';
import { collectEvidence, decideTypes } from './nameEvidence.js';
import { nameKey } from './nameKey.js';
import { isHeadWord } from './capitalisedSpans.js';
import { addPhrase, createTrie } from '../lexicon/phraseTrie.js';
import { planSentence, type SentencePlan } from './planSentence.js';

export interface DocEntity {
  key: string;
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  /** Demonym key of the entity's nationality when stated ("Chinese owner X" -> "china"). */
  nationality?: string;
  /** Descriptor nouns seen next to it ("firm", "app"). */
  descriptors: Set<string>;
  /** A person with a government title ("President X"): may REGULATE. */
  official: boolean;
}

/** A reference to an entity inside one sentence; ti/tj are token indices, start/end article offsets. */
export interface EntityRef {
  key: string;
  sentence: number;
  ti: number;
  tj: number;
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'descriptor' | 'pronoun';
  /** Followed by "'s". */
  possessive: boolean;
  /** One part of a hyphenated compound ("Norvex-Qadira"): parts share ti. */
  part: boolean;
  /** For a pronoun: the next most likely antecedent. */
  alt?: string;
}

export interface RecognizedDoc {
  entities: Map<string, DocEntity>;
  /** Name references per sentence, in text order. */
  refs: EntityRef[][];
}

/** Pass 1, planned: every sentence's plan, and the sentences that need compromise's parse. */
export interface EntityPlan {
  sentences: SentenceTokens[];
  /** One per sentence; undefined for a title-case line (a headline), which is not planned. */
  plans: (SentencePlan | undefined)[];
  /** The plans whose sentence compromise must parse, in sentence order. */
  toParse: SentencePlan[];
}

/** Pass 1 without compromise: gazetteer matches, capitalised spans and their cues, per sentence. */
export function planEntities(text: string, sentences: SentenceTokens[], lx: CompiledLexicon): EntityPlan {
  const leadTitles = createTrie<true>();
  const stop = new Set<string>(lx.words['non-name-words']);
  const titles = new Set<string>();
  for (const t of lx.lexicon.triggers) {
    if (t.relation === 'LEADS' && t.kind === 'agent') {
      addPhrase(leadTitles, t.phrase.split(' '), true);
      for (const w of t.phrase.split(' ')) titles.add(w);
    }
  }
  for (const t of lx.words['person-titles']) if (!t.includes(' ')) titles.add(t.replace(/\.$/, ''));
  // "Chief Executive Officer Ana Ruiz": title words, capitalised or not, are no part of a person's name
  for (const w of titles) stop.delete(w);
  const plans = sentences.map((st) => planSentence(st, text, lx, { stop, titles }, leadTitles));
  return { sentences, plans, toParse: plans.filter((p): p is SentencePlan => p?.needsParse === true) };
}

/**
 * Votes (in sentence order: the first surface of a name is its display form), then resolution:
 * types, variant merges, the document's entities, every mention. `nlpSpans[n]` holds compromise's
 * spans for `plan.toParse[n]`.
 */
export function resolveEntities(
  text: string,
  lx: CompiledLexicon,
  plan: EntityPlan,
  nlpSpans: NlpSpan[][],
): RecognizedDoc {
  const parsed = new Map(plan.toParse.map((p, n) => [p, nlpSpans[n]]));
  const { ev, tickerAliases } = collectEvidence(text, lx, plan.plans, parsed);
  const typeOf = decideTypes(ev);
  const mergeInto = findVariantMerges(ev, typeOf, tickerAliases, (w) => isHeadWord(w, lx));
  dropCompoundNames(ev, typeOf, lx);
  const book = buildEntityBook(ev, typeOf, mergeInto);
  const refs: EntityRef[][] = plan.sentences.map(() => []);
  for (const st of plan.sentences) {
    const mentions = sentenceMentions(st, text, lx, book);
    refs[st.sentence.index] = mentions;
    for (const r of mentions) {
      const ent = book.entities.get(r.key);
      if (ent) annotateMention(st, r, lx, ent);
    }
  }
  for (const ent of book.entities.values()) {
    if (ent.type !== 'Government') continue;
    const c = lx.lexicon.countries.find((x) => nameKey(x.government) === ent.key);
    if (c) ent.nationality = nameKey(c.names[0]);
  }
  return { entities: book.entities, refs };
}
