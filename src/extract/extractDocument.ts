/**
 * The extraction step (pure): an article and its sentences in, an ExtractedDoc out.
 * Entities are recognised and resolved for the whole document first, then every
 * extractor runs on each sentence that holds at least one entity reference.
 */
import type { Article, Entity, ExtractedDoc, Relation, Sentence } from '../types.js';
import { toSentenceTokens, type SentenceTokens } from '../entities/docTokens.js';
import { planEntities, resolveEntities, type RecognizedDoc } from '../entities/recognizeEntities.js';
import { nlpEntitySpansGrouped } from '../nlp.js';
import { resolveReferences } from '../entities/resolveReferences.js';
import { ruleExtractor } from '../relations/ruleExtractor.js';
import { expandConsortium } from '../relations/expandConsortium.js';
import { bidFromRejection } from '../relations/bidFromRejection.js';
import { bidFromAcceptedOffer } from '../relations/bidFromAcceptedOffer.js';
import { withEventTimes } from './eventTimes.js';
import { compileLexicon, type CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { Extractor } from '../relations/Extractor.js';
import type { Lexicon } from '../lexicon/lexicon.js';

export function extractDocument(
  article: Article,
  sentences: Sentence[],
  lexicon: Lexicon,
  extractors: readonly Extractor[] = [ruleExtractor],
): ExtractedDoc {
  return extractDocuments([{ article, sentences }], lexicon, extractors)[0];
}

/**
 * Several documents, each extracted exactly as on its own, with one difference in cost: compromise
 * parses the candidate sentences of all of them in shared calls (nlpEntitySpansGrouped), since
 * every call has a fixed cost. A batch of short documents with two candidates each then costs
 * a few calls instead of one per document.
 */
export function extractDocuments(
  docs: readonly { article: Article; sentences: Sentence[] }[],
  lexicon: Lexicon,
  extractors: readonly Extractor[] = [ruleExtractor],
): ExtractedDoc[] {
  const lx = compileLexicon(lexicon);
  const planned = docs.map(({ article, sentences }) => {
    const tokens = sentences.map((s) => toSentenceTokens(s, lx.words['corporate-suffixes']));
    return { article, tokens, plan: planEntities(article.text, tokens, lx) };
  });
  const spans = nlpEntitySpansGrouped(
    planned.flatMap(({ plan }) => plan.toParse.map((p) => p.st.sentence.text)),
  );
  let next = 0;
  return planned.map(({ article, tokens, plan }) => {
    const mine = spans.slice(next, (next += plan.toParse.length));
    const doc = resolveEntities(article.text, lx, plan, mine);
    return relationsOf(article, tokens, doc, lx, extractors);
  });
}

/** Everything after entity recognition, for one document: references, mentions, relations. */
function relationsOf(
  article: Article,
  tokens: SentenceTokens[],
  doc: RecognizedDoc,
  lx: CompiledLexicon,
  extractors: readonly Extractor[],
): ExtractedDoc {
  resolveReferences(article.text, tokens, doc, lx);

  const entities = new Map<string, Entity>();
  for (const st of tokens) {
    for (const r of doc.refs[st.sentence.index]) {
      if (r.kind === 'pronoun' || r.ti === r.tj) continue; // an implied reference is written nowhere
      const ent = doc.entities.get(r.key);
      if (!ent) continue;
      let out = entities.get(ent.key);
      if (!out) {
        out = { id: ent.id, name: ent.name, type: ent.type, aliases: [], mentions: [] };
        entities.set(ent.key, out);
      }
      out.mentions.push({ sentence: r.sentence, start: r.start, end: r.end, text: r.text });
    }
  }
  for (const [key, out] of entities) {
    const aliases = new Set(doc.entities.get(key)!.aliases);
    aliases.delete(out.name);
    out.aliases = [...aliases].sort();
  }

  const relations: Relation[] = [];
  const seen = new Set<string>();
  const keyOfId = new Map([...doc.entities.values()].map((e) => [e.id, e.key]));
  let recentDeal: string[] | undefined;
  const dealCounts = new Map<string, number>();
  for (const st of tokens) {
    const refs = doc.refs[st.sentence.index];
    // "The takeover was completed in June.": a sentence with no name may still speak of the document's deal
    if (refs.length === 0 && !recentDeal) continue;
    const context = { article, tokens: st, refs, entities: doc.entities, lexicon: lx, recentDeal };
    for (const extractor of extractors) {
      for (const rel of extractor.extract(st.sentence, context)) {
        const key = `${rel.type}|${rel.source}|${rel.target}|${rel.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push(rel);
        // "Norvex bid for Qadira. ... The Commission cleared the takeover.": the deal "the takeover"
        // means is the one the document has stated most often so far (the latest of equals)
        if ((rel.type === 'BID_FOR' || rel.type === 'ACQUIRED') && !rel.negated && !rel.hedged) {
          const deal = [keyOfId.get(rel.source)!, keyOfId.get(rel.target)!];
          const count = (dealCounts.get(deal.join('|')) ?? 0) + 1;
          dealCounts.set(deal.join('|'), count);
          if (!recentDeal || count >= (dealCounts.get(recentDeal.join('|')) ?? 0)) recentDeal = deal;
        }
      }
    }
  }
  // one entity per id (a gazetteer alias and a rule may reach the same canonical name)
  const byId = new Map<string, Entity>();
  for (const e of entities.values()) {
    const prev = byId.get(e.id);
    if (!prev) byId.set(e.id, e);
    else {
      prev.mentions.push(...e.mentions);
      prev.aliases = [...new Set([...prev.aliases, ...e.aliases, e.name])]
        .filter((a) => a !== prev.name)
        .sort();
    }
  }
  const list = [...byId.values()];
  for (const e of list) e.mentions.sort((a, b) => a.start - b.start);
  const all = withEventTimes(
    article,
    tokens,
    expandConsortium(
      bidFromAcceptedOffer(
        bidFromRejection(relations, (id) => byId.get(id)?.type),
        lx.words['offering-nouns'],
      ),
    ),
    lx,
  );
  return {
    doc: article.id,
    title: article.title,
    entities: list,
    relations: all.filter((r) => !r.negated && !r.hedged),
    unasserted: all.filter((r) => r.negated || r.hedged),
  };
}
