/**
 * Hostile input for the whole extractor (cleanText -> splitSentences -> extractDocument), as
 * `kg ingest` runs it: random Unicode (zero-width, bidi, Arabic/Hebrew, emoji and ZWJ sequences,
 * combining marks, NUL, lone surrogates) mixed with plausible news sentences so that the entity
 * and relation rules really fire. Shared by the unit test (110 cases on every change) and
 * `npm run soak` (10,000): the same generators and the same properties, checked by checkExtraction.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { entityLabel, relationshipType } from '../../src/graph/allowList.js';
import type { SyncArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { ALLOWED_TYPES } from '../../src/relations/allowedTypes.js';
import { cleanText } from '../../src/text/index.js';
import type { TextKind } from '../../src/text/types.js';
import type { Article } from '../../src/types.js';

export const hostile = fc.constantFrom(
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u0000',
  '\u0000\u0000',
  '\u0301',
  '\u0308\u0323',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  '👨🏽‍💻',
  '🏳️‍🌈',
  '🇬🇧',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  'الشركة القابضة',
  'שלום עולם',
  '\u202eHoldings Qadira\u202c',
  '\u2028',
  '\u00a0',
  '\t',
  '\r\n',
  '\n\n',
  '“',
  '”',
  '"',
  '. ',
  '•',
);

// Invented names: the rules (corporate suffixes, titles) must type them, no list knows them.
const org = fc.constantFrom(
  'Qadira Holdings',
  'Norvex Systems',
  'Felder Bank',
  'Lumora Group',
  'Brightwell Capital',
  'Oracle',
  'Microsoft',
);
const person = fc.constantFrom('Tomas Brenner', 'Ana Ruiz', 'Keiko Marsh');
const product = fc.constantFrom('Zipcart', 'Lumo');
/** A name, sometimes with a hostile character inside or around it: "Nor\u200bvex Systems". */
const mangled = (name: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: name },
    {
      weight: 1,
      arbitrary: fc
        .tuple(name, hostile, fc.nat())
        .map(([n, h, at]) => n.slice(0, at % (n.length + 1)) + h + n.slice(at % (n.length + 1))),
    },
  );

// News shapes the relation rules are for (REJECTED, ACQUIRED, PARTNERED_WITH, LEADS, OWNS, BID_FOR).
export const sentence = fc.oneof(
  fc
    .tuple(mangled(org), mangled(org))
    .map(([a, b]) => `${a} has rejected a takeover offer from ${b}, the software maker said on Tuesday.`),
  fc.tuple(mangled(org), mangled(org)).map(([a, b]) => `${a} said it acquired ${b} in 2019.`),
  fc.tuple(mangled(org), mangled(org)).map(([a, b]) => `${a} said it partnered with ${b}.`),
  fc
    .tuple(mangled(org), mangled(person), mangled(org))
    .map(([a, p, b]) => `${a} chief executive ${p} rejected the offer from ${b}.`),
  fc
    .tuple(mangled(org), mangled(product))
    .map(([a, p]) => `${a}, which owns the delivery app ${p}, is in talks with regulators.`),
  fc.tuple(mangled(org), mangled(org)).map(([a, b]) => `${a} made a $3bn bid for ${b} on Monday.`),
  fc.tuple(mangled(person), mangled(org)).map(([p, a]) => `"We will not sell," ${p} of ${a} said.`),
);

const part = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n', ' ', '\n\n') },
);
export const text = fc.array(part, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(' '));

/** A token of ~100 KB with no space in it (repeated letters, emoji, combining marks or NUL). */
export const hugeToken = fc
  .tuple(
    fc.constantFrom('A', 'x\u0301', '👩‍👩‍👧', '\u0000', 'ب', '\u200b', 'Qadira'),
    fc.integer({ min: 100_000, max: 110_000 }),
  )
  .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));

/**
 * A line of ~1 MB: mostly long unspaced runs with news sentences and hostile characters between
 * them, and no line break. (A 1 MB line of prose alone takes ~30 s to parse on a slow core; that
 * is throughput, not correctness, and would make this file too slow to run on every change.)
 */
export const megaLine = fc
  .tuple(fc.array(fc.tuple(sentence, hostile), { minLength: 2, maxLength: 6 }), hugeToken)
  .map(([pieces, token]) => {
    const chunk = pieces.map(([s, h]) => `${s} ${h} ${token.slice(0, 20_000)} `).join('');
    return chunk.repeat(Math.ceil(1_000_000 / chunk.length)).replace(/[\n\r\u2028\u2029]/g, ' ');
  });

export const kind = fc.constantFrom<TextKind>('txt', 'txt', 'md', 'html');

/** One generated input: raw bytes as read, and how they are cleaned. */
export interface FuzzDocument {
  raw: string;
  kind: TextKind;
}

/**
 * The three properties and the share of cases each gets (the unit test runs 100 + 8 + 2; the soak
 * scales them to its --cases): mixed news and Unicode, 100 KB tokens without spaces, 1 MB lines.
 */
export const FUZZ_PROPERTIES: { name: string; runs: number; documents: fc.Arbitrary<FuzzDocument> }[] = [
  {
    name: 'news sentences + random Unicode',
    runs: 100,
    documents: fc.record({ raw: text, kind }),
  },
  {
    name: '100 KB tokens without spaces',
    runs: 8,
    documents: fc.record({
      raw: fc.array(fc.oneof(sentence, hostile, hugeToken), { maxLength: 6 }).map((parts) => parts.join(' ')),
      kind,
    }),
  },
  {
    name: '1 MB lines',
    runs: 2,
    documents: megaLine.map((line) => ({
      raw: `Headline\n\n${line}\n${line.slice(0, 5000)}`,
      kind: 'txt' as const,
    })),
  },
];

/** The article `kg ingest` would build from these raw bytes (see readInputs.toArticle). */
function articleOf({ raw, kind: k }: FuzzDocument): Article {
  const cleaned = cleanText(raw, k);
  return { id: 'fuzz.txt', title: cleaned.title, text: cleaned.text, sha256: '' };
}

/**
 * The properties (throws an AssertionError when one fails): extraction never throws; every
 * sentence, mention and evidence span is the slice of Article.text (the cleaned text) at its
 * offsets; labels and types stay in the allow-lists; every relation joins two extracted entities
 * of the types its relation allows. Returns the number of relations extracted.
 */
export function checkExtraction(extractor: SyncArticleExtractor, document: FuzzDocument): number {
  const article = articleOf(document);
  const { sentences, doc } = extractor.extract(article);
  const { text } = article;
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  const typeOf = new Map(doc.entities.map((e) => [e.id, e.type]));
  for (const entity of doc.entities) {
    assert.equal(entityLabel(entity.type), entity.type);
    for (const m of entity.mentions) {
      assert.equal(text.slice(m.start, m.end), m.text);
      const s = sentences[m.sentence];
      assert.ok(
        m.start >= s.start,
        `mention "${m.text}" starts at ${m.start}, before its sentence (${s.start})`,
      );
      assert.ok(m.end <= s.end, `mention "${m.text}" ends at ${m.end}, after its sentence (${s.end})`);
    }
  }
  for (const r of doc.relations) {
    assert.equal(relationshipType(r.type), r.type);
    assert.equal(text.slice(r.start, r.end), r.evidence);
    const s = sentences[r.sentence];
    assert.deepEqual([s?.start, s?.end, s?.text], [r.start, r.end, r.evidence]);
    const sourceType = typeOf.get(r.source);
    const targetType = typeOf.get(r.target);
    assert.ok(sourceType !== undefined, `source ${r.source} of ${r.type} is an extracted entity`);
    assert.ok(targetType !== undefined, `target ${r.target} of ${r.type} is an extracted entity`);
    assert.ok(
      ALLOWED_TYPES[r.type].source.includes(sourceType),
      `${sourceType} may be the source of ${r.type}`,
    );
    assert.ok(
      ALLOWED_TYPES[r.type].target.includes(targetType),
      `${targetType} may be the target of ${r.type}`,
    );
  }
  return doc.relations.length;
}
