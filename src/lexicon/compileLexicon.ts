/** Indexes a Lexicon for fast, linear matching. Pure; cached per Lexicon object. */
import { verbForms } from '../nlp.js';
import { addPhrase, createTrie, type PhraseTrie } from './phraseTrie.js';
import { tokenize } from './tokenize.js';
import type { EntityType, RelationType } from '../types.js';
import type { CountryEntry, Lexicon, TriggerKind, WordListName } from './lexicon.js';
import { WORD_LISTS } from './lexicon.js';

export interface KnownName {
  type: EntityType;
  canonical: string;
  /** Matched only with this exact case (tickers such as "MSFT"). */
  exactCase?: string;
}

export interface TriggerForm {
  relation: RelationType;
  kind: TriggerKind;
  /** base: "reject(s)"; past: "rejected"; gerund: "rejecting"; noun: any noun trigger. */
  form: 'base' | 'past' | 'gerund' | 'noun';
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Gazetteer names and aliases, plus "<demonym> <government descriptor>" for each country. */
  names: PhraseTrie<KnownName>;
  countries: PhraseTrie<CountryEntry>;
  demonyms: Map<string, CountryEntry>;
  /** Single-word entries of each list. */
  words: Record<WordListName, Set<string>>;
  /** Every entry of each list, as token phrases. */
  phrases: Record<WordListName, PhraseTrie<true>>;
  triggers: PhraseTrie<TriggerForm>;
  /** First words of all triggers: the cheap pre-scan. */
  triggerFirstWords: Set<string>;
  /** `compound` triggers by the word after a hyphen: "owned" in "the Halden-owned Corvane". */
  compoundSuffixes: Map<string, TriggerForm[]>;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

const words = (phrase: string): string[] => tokenize(phrase).map((t) => t.lower);

function addName(trie: PhraseTrie<KnownName>, surface: string, value: KnownName): void {
  const isTicker = /^[A-Z]{2,5}$/.test(surface);
  addPhrase(trie, words(surface), isTicker ? { ...value, exactCase: surface } : value);
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;

  const names = createTrie<KnownName>();
  for (const entry of lexicon.gazetteer) {
    const value = { type: entry.type, canonical: entry.name };
    addName(names, entry.name, value);
    for (const alias of entry.aliases) addName(names, alias, value);
  }

  const wordSets = {} as Record<WordListName, Set<string>>;
  const phraseTries = {} as Record<WordListName, PhraseTrie<true>>;
  for (const list of WORD_LISTS) {
    wordSets[list] = new Set(lexicon.words[list].filter((w) => !w.includes(' ')));
    phraseTries[list] = createTrie<true>();
    for (const w of lexicon.words[list]) addPhrase(phraseTries[list], words(w), true);
  }

  const countries = createTrie<CountryEntry>();
  const demonyms = new Map<string, CountryEntry>();
  for (const country of lexicon.countries) {
    for (const n of country.names) addPhrase(countries, words(n), country);
    for (const d of country.demonyms) {
      demonyms.set(d.toLowerCase(), country);
      // "the Chinese government", "US regulators" -> the country's government
      for (const g of lexicon.words['government-descriptors']) {
        addName(names, `${d} ${g}`, { type: 'Government', canonical: country.government });
      }
    }
    for (const n of country.names) {
      for (const g of ['government', 'authorities', 'officials', 'regulators']) {
        addName(names, `${n}'s ${g}`, { type: 'Government', canonical: country.government });
      }
    }
  }

  const triggers = createTrie<TriggerForm>();
  const triggerFirstWords = new Set<string>();
  const add = (phrase: string, form: TriggerForm): void => {
    const w = words(phrase);
    addPhrase(triggers, w, form);
    triggerFirstWords.add(w[0]);
  };
  const compoundSuffixes = new Map<string, TriggerForm[]>();
  for (const t of lexicon.triggers) {
    if (t.kind === 'compound') {
      const forms = compoundSuffixes.get(t.phrase) ?? [];
      forms.push({ relation: t.relation, kind: t.kind, form: 'past' });
      compoundSuffixes.set(t.phrase, forms);
      continue;
    }
    if (
      t.kind === 'verb' ||
      t.kind === 'inverse' ||
      t.kind === 'recipient' ||
      t.kind === 'successor' ||
      t.kind === 'stake' ||
      t.kind === 'appoint'
    ) {
      const [head, ...rest] = t.phrase.split(' ');
      const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
      const forms = verbForms(head);
      // an appointment's bare lemma is a noun as often ("by name") and prospective when a verb ("to name")
      const base = t.kind === 'appoint' ? forms.base.filter((f) => f !== head) : forms.base;
      for (const f of base) add(f + tail, { relation: t.relation, kind: t.kind, form: 'base' });
      for (const f of forms.past) add(f + tail, { relation: t.relation, kind: t.kind, form: 'past' });
      for (const f of forms.gerund) add(f + tail, { relation: t.relation, kind: t.kind, form: 'gerund' });
    } else {
      add(t.phrase, { relation: t.relation, kind: t.kind, form: 'noun' });
    }
  }

  const compiled: CompiledLexicon = {
    lexicon,
    names,
    countries,
    demonyms,
    words: wordSets,
    phrases: phraseTries,
    triggers,
    triggerFirstWords,
    compoundSuffixes,
  };
  cache.set(lexicon, compiled);
  return compiled;
}
