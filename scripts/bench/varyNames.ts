import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Names that change from one copy of a corpus to the next, so that a graph fed ten copies keeps
 * growing new entities (as a real archive does) instead of meeting the same thirty names again.
 *
 * Copy 0 is the text as it is. In copy r, every capitalised word that is not the first word of a
 * sentence and not a word the extractor knows (its word lists and gazetteer under data/: titles,
 * "Bank", "Ministry", months, countries, capitals) has its vowels rotated r steps through a-e-i-o-u,
 * and from copy 5 on a syllable appended ("ar" in copies 5-9, "en" in 10-14, ...: 40 distinct forms): "Halden Capital hired Ana Ruiz" becomes, in copy 1,
 * "Heldin Capital hired Ene Raoz"; "Capital" stays, a head word the rules read. The shape of each
 * sentence (capitalisation, length, the cue words) is kept, so extraction does the same kind of work;
 * the known places and governments stay the same and become the graph's hubs, as in real news.
 */
export function varyNames(text: string, copy: number, kept: ReadonlySet<string>): string {
  if (copy === 0) return text;
  return text.replace(/\b[A-Z][a-z]+\b/g, (word, offset: number) => {
    if (kept.has(word.toLowerCase()) || startsSentence(text, offset)) return word;
    return rotateVowels(word, copy % 5) + SYLLABLES[Math.floor(copy / 5) % SYLLABLES.length];
  });
}

const VOWELS = 'aeiou';
const SYLLABLES = ['', 'ar', 'en', 'ol', 'is', 'um', 'et', 'ov'];

function rotateVowels(word: string, steps: number): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const at = VOWELS.indexOf(lower);
    if (at < 0) out += ch;
    else {
      const next = VOWELS[(at + steps) % VOWELS.length];
      out += ch === lower ? next : next.toUpperCase();
    }
  }
  return out;
}

/**
 * The first word of the text, or after ". ", "? ", a colon or an opening quote (a quote after a
 * space: in 'so," Ana Ruiz said' the quote closes and "Ana" is a name).
 */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 5), offset);
  return offset === 0 || /([.!?:;(“‘]|(^|\s)")\s*$/.test(before);
}

/**
 * Every word of the word lists and gazetteer under `dataDir` (data/lexicon, data/gazetteer, data/triggers
 * and the top-level lists), lower-cased: the words a copy keeps.
 */
export function knownWords(dataDir: string): Set<string> {
  const words = new Set<string>();
  const read = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) read(path);
      else if (/\.(txt|tsv)$/.test(entry.name) && !path.includes(`${join(dataDir, 'articles')}`))
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          const entry = line.replace(/#.*/, ''); // "corp  # Norvex Corp said..." keeps "corp"
          for (const word of entry.toLowerCase().match(/[a-z]+/g) ?? []) words.add(word);
        }
    }
  };
  read(dataDir);
  return words;
}
