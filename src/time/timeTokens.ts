/** The tokens src/time/ matches on: words, numbers, ISO dates and punctuation, with offsets. Pure. */

export interface TimeToken {
  /** As written. */
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'iso' | 'punct';
}

// "Q3" is one word (a quarter), not a letter and a number
const TOKEN = /(\d{4}-\d{2}-\d{2})|(Q[1-4](?!\d)|\p{L}+)|(\d+)(?:st|nd|rd|th)?|([^\s\p{L}\d])/gu;

export function timeTokens(sentence: string): TimeToken[] {
  const out: TimeToken[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const kind = m[1] ? 'iso' : m[2] ? 'word' : m[3] ? 'number' : 'punct';
    const start = m.index;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, kind });
  }
  return out;
}
