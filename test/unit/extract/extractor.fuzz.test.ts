/**
 * Hostile input for the whole extractor (cleanText -> splitSentences -> extractDocument), as
 * `kg ingest` runs it: random Unicode (zero-width, bidi, Arabic/Hebrew, emoji and ZWJ sequences,
 * combining marks, NUL, lone surrogates) mixed with plausible news sentences so that the entity
 * and relation rules really fire. Properties: never throws; every mention and every evidence span
 * is the slice of Article.text (the cleaned text) at its offsets; types stay in the allow-lists.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { entityLabel, relationshipType } from '../../../src/graph/allowList.js';
import { createArticleExtractor } from '../../../src/pipeline/createArticleExtractor.js';
import { ALLOWED_TYPES } from '../../../src/relations/allowedTypes.js';
import { cleanText } from '../../../src/text/index.js';
import type { TextKind } from '../../../src/text/types.js';
import type { Article } from '../../../src/types.js';

const SEED = 20240808;
const extractor = createArticleExtractor([]);
let casesRun = 0;
let relationsSeen = 0;

const hostile = fc.constantFrom(
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
const sentence = fc.oneof(
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
const text = fc.array(part, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(' '));

/** A token of ~100 KB with no space in it (repeated letters, emoji, combining marks or NUL). */
const hugeToken = fc
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
const megaLine = fc
  .tuple(fc.array(fc.tuple(sentence, hostile), { minLength: 2, maxLength: 6 }), hugeToken)
  .map(([pieces, token]) => {
    const chunk = pieces.map(([s, h]) => `${s} ${h} ${token.slice(0, 20_000)} `).join('');
    return chunk.repeat(Math.ceil(1_000_000 / chunk.length)).replace(/[\n\r\u2028\u2029]/g, ' ');
  });

const kind = fc.constantFrom<TextKind>('txt', 'txt', 'md', 'html');

/** The article `kg ingest` would build from these raw bytes (see readInputs.toArticle). */
function articleOf(raw: string, k: TextKind): Article {
  const cleaned = cleanText(raw, k);
  return { id: 'fuzz.txt', title: cleaned.title, text: cleaned.text, sha256: '' };
}

function checkExtraction(raw: string, k: TextKind): void {
  casesRun++;
  const article = articleOf(raw, k);
  const { sentences, doc } = extractor.extract(article);
  const { text } = article;
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  const typeOf = new Map(doc.entities.map((e) => [e.id, e.type]));
  for (const entity of doc.entities) {
    expect(entityLabel(entity.type)).toBe(entity.type);
    for (const m of entity.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const s = sentences[m.sentence];
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
  }
  for (const r of doc.relations) {
    expect(relationshipType(r.type)).toBe(r.type);
    expect(text.slice(r.start, r.end)).toBe(r.evidence);
    expect(sentences[r.sentence]).toMatchObject({ start: r.start, end: r.end, text: r.evidence });
    const sourceType = typeOf.get(r.source);
    const targetType = typeOf.get(r.target);
    expect(sourceType, `source ${r.source} of ${r.type} is an extracted entity`).toBeDefined();
    expect(targetType, `target ${r.target} of ${r.type} is an extracted entity`).toBeDefined();
    expect(ALLOWED_TYPES[r.type].source).toContain(sourceType);
    expect(ALLOWED_TYPES[r.type].target).toContain(targetType);
  }
  relationsSeen += doc.relations.length;
}

describe('the extractor on hostile Unicode', () => {
  afterAll(() => {
    console.log(
      `extractor fuzz: ${casesRun} generated documents checked, ${relationsSeen} relations extracted (seed ${SEED})`,
    );
  });

  it('never throws, and all offsets slice Article.text exactly (news sentences + random Unicode)', () => {
    const before = relationsSeen;
    fc.assert(
      fc.property(text, kind, (raw, k) => {
        checkExtraction(raw, k);
      }),
      { seed: SEED, numRuns: 100 },
    );
    // The generator is only useful if the relation rules actually fire on it.
    expect(relationsSeen - before).toBeGreaterThan(50);
  });

  it('survives 100 KB tokens without spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, hostile, hugeToken), { maxLength: 6 }), kind, (parts, k) => {
        checkExtraction(parts.join(' '), k);
      }),
      { seed: SEED, numRuns: 8 },
    );
  });

  it('survives 1 MB lines', () => {
    fc.assert(
      fc.property(megaLine, (line) => {
        checkExtraction(`Headline\n\n${line}\n${line.slice(0, 5000)}`, 'txt');
      }),
      { seed: SEED, numRuns: 2 },
    );
  });
});
