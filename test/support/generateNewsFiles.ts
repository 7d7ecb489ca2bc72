import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Invented companies and people, combined by a seeded generator: the same seed always
// writes the same files, so graphs from separate runs (or servers) can be compared.
const STEMS = [
  'Norvex',
  'Qadira',
  'Lumera',
  'Fenwick',
  'Tavora',
  'Brixon',
  'Caldera',
  'Orvane',
  'Pellix',
  'Sorin',
];
const SUFFIXES = ['Systems', 'Holdings', 'Group', 'Bank', 'Logistics', 'Energy'];
const FIRST = ['Tomas', 'Ana', 'Lena', 'Marek', 'Priya', 'Jonas', 'Ines', 'Kofi'];
const LAST = ['Brenner', 'Ruiz', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Novak'];
const PLACES = ['Dubai', 'Zurich', 'Lisbon', 'Oslo', 'Nairobi', 'Seoul'];

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** One article of four to six sentences about two or three invented firms. */
export function generateArticle(index: number, seed = 7): { title: string; text: string } {
  const random = prng(seed * 100_003 + index);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const firm = () => `${pick(STEMS)} ${pick(SUFFIXES)}`;
  const a = firm();
  let b = firm();
  while (b === a) b = firm();
  const c = `${pick(STEMS)}${pick(['ly', 'go', 'pay'])}`;
  const boss = `${pick(FIRST)} ${pick(LAST)}`;
  const title = `${a} rejects ${b.split(' ')[0]} bid`;
  const sentences = [
    `${pick(PLACES)}-based ${a} has rejected a $${1 + Math.floor(random() * 9)}bn takeover offer from ${b}, the company said on Tuesday.`,
    `${b} chief executive ${boss} said the company would not raise its offer.`,
    `${a}, which owns the app ${c}, is instead in talks to form a partnership with ${firm()}.`,
    random() < 0.5 ? `The Competition Authority must approve any tie-up between the two firms.` : '',
    `Shares of ${b} fell ${1 + Math.floor(random() * 7)}% in early trading.`,
  ].filter(Boolean);
  return { title, text: `${title}\n\n${sentences.join('\n')}\n` };
}

/** Writes `count` generated articles as `article-0001.txt`, ... into `dir`. */
export function writeNewsFiles(dir: string, count: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `article-${String(i + 1).padStart(4, '0')}.txt`);
    writeFileSync(file, generateArticle(i, seed).text);
    files.push(file);
  }
  return files;
}
