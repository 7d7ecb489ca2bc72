/**
 * The word lists and gazetteer the extractor runs on. Loading is I/O (this file);
 * everything that uses a Lexicon is pure. Lists live in data/ (see data/triggers/README.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AllowListError, InputError } from '../errors.js';
import { DATA_DIR } from '../packageRoot.js';
import { contentLines } from './loadWordList.js';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.js';

export interface GazetteerEntry {
  type: EntityType;
  name: string;
  aliases: string[];
}

export type TriggerKind =
  | 'verb'
  | 'noun'
  | 'agent'
  | 'inverse'
  | 'members'
  | 'patient'
  | 'recipient'
  | 'recipient-noun'
  | 'successor'
  | 'stake'
  | 'appoint'
  | 'venture'
  | 'compound';
export const TRIGGER_KINDS: readonly TriggerKind[] = [
  'verb',
  'noun',
  'agent',
  'inverse',
  'members',
  'patient',
  'recipient',
  'recipient-noun',
  'successor',
  'stake',
  'appoint',
  'venture',
  'compound',
];

export interface TriggerEntry {
  relation: RelationType;
  kind: TriggerKind;
  phrase: string;
}

export interface CountryEntry {
  names: string[];
  demonyms: string[];
  /** The canonical name of the Government entity acting for the country (e.g. "Beijing"). */
  government: string;
}

/** One word list per data/lexicon/<name>.txt file, lower-cased. */
export const WORD_LISTS = [
  'articles',
  'auxiliaries',
  'backed-nouns',
  'bare-title-lead-ins',
  'bid-responses',
  'calendar-words',
  'central-banks',
  'clause-boundaries',
  'complementizers',
  'copulas',
  'corporate-suffixes',
  'deal-anaphors',
  'deal-bystander-verbs',
  'deal-completion',
  'denial-breaks',
  'denials',
  'deputy-markers',
  'descriptor-modifiers',
  'direct-object-verbs',
  'determiners',
  'elliptic-auxiliaries',
  'expletive-copulas',
  'female-honorifics',
  'female-pronouns',
  'first-person',
  'former-markers',
  'founding-verbs',
  'gerund-links',
  'governing-bodies',
  'government-descriptors',
  'government-head-words',
  'government-lead-words',
  'government-titles',
  'group-leading-verbs',
  'group-nouns',
  'hedges',
  'holder-verbs',
  'include-verbs',
  'intentions',
  'led-by-participles',
  'light-verbs',
  'locative-prepositions',
  'male-honorifics',
  'male-pronouns',
  'members-links',
  'modals',
  'name-particles',
  'namesake-heads',
  'negations',
  'retractions',
  'non-name-words',
  'not-plural-nouns',
  'object-gap-words',
  'object-pronoun-joins',
  'object-pronouns',
  'offer-nouns',
  'offering-nouns',
  'approach-nouns',
  'price-verbs',
  'order-verbs',
  'org-after-cues',
  'org-before-cues',
  'org-descriptors',
  'org-head-words',
  'org-lead-words',
  'pair-nouns',
  'party-deal-nouns',
  'passive-auxiliaries',
  'person-titles',
  'place-modified-nouns',
  'plural-pronouns',
  'plural-verbs',
  'portfolios',
  'possessive-determiners',
  'prepositions',
  'product-descriptors',
  'receive-verbs',
  'reduced-passive-fillers',
  'referential-it-cues',
  'relative-pronouns',
  'rival-markers',
  'role-as-words',
  'ruling-verbs',
  'seller-acts',
  'share-nouns',
  'side-prepositions',
  'speech-verbs',
  'stake-nouns',
  'percent-approximators',
  'statement-nouns',
  'stock-exchanges',
  'subject-pronouns',
  'subnational-units',
  'third-person',
  'title-case-short-words',
  'verb-group-adverbs',
  'verb-particles',
  'venture-apposition-words',
  'verb-slot-words',
  'vote-verbs',
  'voters',
  'whole-nouns',
  'zero-relative-gaps',
  // src/time/ (docs/event-time.md)
  'future-markers',
  'month-names',
  'number-words',
  'quarter-ordinals',
  'time-clause-breaks',
  'time-prepositions',
  'time-units',
  'weekday-names',
] as const;
export type WordListName = (typeof WORD_LISTS)[number];

export interface Lexicon {
  gazetteer: GazetteerEntry[];
  countries: CountryEntry[];
  words: Record<WordListName, string[]>;
  triggers: TriggerEntry[];
}

/** Parses one word list: one entry per line, `#` comments (whole-line or after the entry), lower-cased. */
export function parseWordList(text: string): string[] {
  return contentLines(text).map((line) => line.toLowerCase());
}

/**
 * A lexicon adds names, never labels or relationship types: the type must be one of the five
 * entity types, exactly ("Organization`) DETACH DELETE", "Admin", "Person:Admin" are refused).
 */
function assertEntityType(type: string, where: string): EntityType {
  if ((ENTITY_TYPES as readonly string[]).includes(type)) return type as EntityType;
  const hint = (RELATION_TYPES as readonly string[]).includes(type)
    ? ' (a lexicon adds names; relation types come from data/triggers/ only)'
    : '';
  // JSON.stringify keeps the message on one line whatever the file holds.
  throw new AllowListError(
    `${where}: entity type ${JSON.stringify(type)} is not one of ${ENTITY_TYPES.join(', ')}${hint}`,
  );
}

/** Names are data (quotes, backticks, braces, Cypher keywords are fine) but need a letter or digit. */
function assertName(name: string, where: string): string {
  if (!/[\p{L}\p{N}]/u.test(name)) {
    throw new InputError(`${where}: name ${JSON.stringify(name)} has no letter or digit`);
  }
  return name;
}

/** The fields of a JSON lexicon entry; anything else ("relation", "label") is refused. */
const JSON_FIELDS = new Set(['type', 'name', 'aliases']);

/**
 * Parses gazetteer / lexicon text. Two formats:
 * - TSV lines `Type<TAB>Name<TAB>alias|alias` (`#` comments);
 * - JSON: an array of `{"type","name","aliases"?}`.
 * A type outside the five entity types throws AllowListError naming the source and line.
 */
export function parseGazetteer(text: string, source: string): GazetteerEntry[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let rows: unknown;
    try {
      rows = JSON.parse(trimmed);
    } catch (error) {
      throw new InputError(`${source}: not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(rows))
      throw new InputError(`${source}: expected a JSON array of {type, name, aliases}`);
    return rows.map((row, i) => {
      const where = `${source}: entry ${i + 1}`;
      if (row === null || typeof row !== 'object' || Array.isArray(row))
        throw new InputError(`${where}: expected an object {type, name, aliases}`);
      const r = row as { type?: unknown; name?: unknown; aliases?: unknown };
      if (typeof r.name !== 'string' || r.name.trim() === '' || typeof r.type !== 'string') {
        throw new InputError(`${where} needs a string "type" and "name"`);
      }
      const extra = Object.keys(r).filter((key) => !JSON_FIELDS.has(key));
      if (extra.length > 0) {
        throw new AllowListError(
          `${where}: unknown field ${JSON.stringify(extra[0])} (a lexicon entry has only type, name, aliases)`,
        );
      }
      if (
        r.aliases !== undefined &&
        !(Array.isArray(r.aliases) && r.aliases.every((a) => typeof a === 'string'))
      )
        throw new InputError(`${where}: "aliases" must be an array of strings`);
      const aliases = ((r.aliases as string[] | undefined) ?? [])
        .map((a) => a.trim())
        .filter(Boolean)
        .map((a) => assertName(a, where));
      return { type: assertEntityType(r.type, where), name: assertName(r.name.trim(), where), aliases };
    });
  }
  const entries: GazetteerEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${source}:${i + 1}`;
    const columns = line.split('\t').map((c) => c.trim());
    const [type = '', name = '', aliases = ''] = columns;
    if (name === '' || columns.length > 3)
      throw new InputError(`${where}: expected "Type<TAB>Name<TAB>alias|alias" (${columns.length} columns)`);
    entries.push({
      type: assertEntityType(type, where),
      name: assertName(name, where),
      aliases: aliases
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean)
        .map((a) => assertName(a, where)),
    });
  });
  return entries;
}

/** Parses data/lexicon/countries.tsv: `names<TAB>demonyms<TAB>government`. */
export function parseCountries(text: string): CountryEntry[] {
  return contentLines(text).map((line) => {
    const [names = '', demonyms = '', government = ''] = line.split('\t');
    const split = (s: string): string[] =>
      s
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean);
    return { names: split(names), demonyms: split(demonyms), government: government.trim() };
  });
}

/** Parses one data/triggers/<type>.txt file: lines `<kind> <phrase>`. */
export function parseTriggers(text: string, relation: RelationType, source: string): TriggerEntry[] {
  return contentLines(text).map((line) => {
    const space = line.indexOf(' ');
    const kind = line.slice(0, space) as TriggerKind;
    if (space < 0 || !TRIGGER_KINDS.includes(kind)) {
      throw new AllowListError(
        `${source}: ${JSON.stringify(line)} must start with one of ${TRIGGER_KINDS.join(', ')}`,
      );
    }
    return {
      relation,
      kind,
      phrase: line
        .slice(space + 1)
        .trim()
        .toLowerCase(),
    };
  });
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `${path}: cannot read lexicon file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/**
 * Reads the built-in lexicon from data/ and any extra gazetteer files (`--lexicon FILE`).
 * Extra entries come last and add names; they never remove built-in ones.
 */
export function loadLexicon(options: { extraFiles?: string[]; dataDir?: string } = {}): Lexicon {
  const dataDir = options.dataDir ?? DATA_DIR;
  const gazetteerDir = join(dataDir, 'gazetteer');
  const gazetteer = readdirSync(gazetteerDir)
    .filter((f) => f.endsWith('.tsv') || f.endsWith('.json'))
    .sort()
    .flatMap((f) => parseGazetteer(readText(join(gazetteerDir, f)), join(gazetteerDir, f)));
  for (const file of options.extraFiles ?? []) gazetteer.push(...parseGazetteer(readText(file), file));

  const words = {} as Record<WordListName, string[]>;
  for (const name of WORD_LISTS)
    words[name] = parseWordList(readText(join(dataDir, 'lexicon', `${name}.txt`)));

  const triggersDir = join(dataDir, 'triggers');
  const triggers = readdirSync(triggersDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const relation = basename(f, extname(f)).toUpperCase();
      if (!(RELATION_TYPES as readonly string[]).includes(relation)) {
        throw new AllowListError(`${join(triggersDir, f)}: ${relation} is not a relation type`);
      }
      return parseTriggers(readText(join(triggersDir, f)), relation as RelationType, join(triggersDir, f));
    });

  const countries = parseCountries(readText(join(dataDir, 'lexicon', 'countries.tsv')));
  return { gazetteer, countries, words, triggers };
}
