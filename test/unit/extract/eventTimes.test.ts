/** Event time on claims (issue 18): the sentence's time nearest the trigger, else dateline, else publication. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument.js';
import { splitSentences } from '../../../src/text/index.js';
import type { ExtractedDoc } from '../../../src/types.js';
import { lexicon } from './extractText.js';

function extract(text: string, published?: string): ExtractedDoc {
  return extractDocument(
    { id: 't.txt', title: '', text, sha256: '', published },
    splitSentences(text),
    lexicon,
  );
}

/** "Norvex -ACQUIRED-> Lumo @2016-01-01..2016-12-31 year sentence 'in 2016'" per relation, asserted and not. */
function timed(doc: ExtractedDoc): string[] {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return [...doc.relations, ...(doc.unasserted ?? [])].map(
    (r) =>
      `${name.get(r.source)} -${r.type}-> ${name.get(r.target)} @${r.eventDate ?? '?'}` +
      `${r.eventEnd ? `..${r.eventEnd}` : ''} ${r.granularity ?? '-'} ${r.timeSource ?? '-'}` +
      `${r.timeText ? ` '${r.timeText}'` : ''}${r.expected ? ' expected' : ''}`,
  );
}

const CASES: [string, string, string | undefined, string[]][] = [
  [
    'a weekday in past text: the latest such day on or before publication',
    'Norvex Holdings bought Lumo Systems on Monday.',
    '2019-09-18',
    ["Norvex Holdings -ACQUIRED-> Lumo Systems @2019-09-16 day sentence 'on Monday'"],
  ],
  [
    'no time in the sentence: the publication date',
    'Qadira Bank rejected the offer from Halden Capital.',
    '2019-09-18',
    [
      'Qadira Bank -REJECTED-> Halden Capital @2019-09-18 day publication',
      'Halden Capital -BID_FOR-> Qadira Bank @2019-09-18 day publication',
    ],
  ],
  [
    'no publication date: a relative time keeps its words, unresolved',
    'Norvex Holdings bought Lumo Systems last week.',
    undefined,
    ["Norvex Holdings -ACQUIRED-> Lumo Systems @? week sentence 'last week'"],
  ],
  [
    'no publication date: an absolute time resolves',
    'Norvex Holdings bought Lumo Systems in March 2019.',
    undefined,
    ["Norvex Holdings -ACQUIRED-> Lumo Systems @2019-03-01..2019-03-31 month sentence 'in March 2019'"],
  ],
  [
    'nothing known: no time at all',
    'Qadira Bank rejected the offer from Halden Capital.',
    undefined,
    ['Qadira Bank -REJECTED-> Halden Capital @? - -', 'Halden Capital -BID_FOR-> Qadira Bank @? - -'],
  ],
  [
    'a dateline gives the date when the sentence has none, and is the reference for relative times',
    'Norvex news\n\nHALDEN, March 3, 2024 - Qadira Bank rejected the offer from Halden Capital. Norvex Holdings bought Lumo Systems on Friday.',
    undefined,
    [
      "Qadira Bank -REJECTED-> Halden Capital @2024-03-03 day dateline 'March 3, 2024'",
      "Halden Capital -BID_FOR-> Qadira Bank @2024-03-03 day dateline 'March 3, 2024'",
      "Norvex Holdings -ACQUIRED-> Lumo Systems @2024-03-01 day sentence 'on Friday'",
    ],
  ],
  [
    'the time in the trigger clause wins over a nearer one across a clause break',
    'Norvex Holdings, which was founded in 1989, bought Lumo Systems on Tuesday.',
    '2019-09-18',
    ["Norvex Holdings -ACQUIRED-> Lumo Systems @2019-09-17 day sentence 'on Tuesday'"],
  ],
  [
    'a future time makes the claim expected',
    'Norvex Holdings will complete its acquisition of Lumo Systems next year.',
    '2019-09-18',
    // a planned acquisition is a bid (data/lexicon/intentions.txt)
    ["Norvex Holdings -BID_FOR-> Lumo Systems @2020-01-01..2020-12-31 year sentence 'next year' expected"],
  ],
];

describe('event time on claims', () => {
  it.each(CASES)('%s', (_, text, published, want) => {
    expect(timed(extract(text, published))).toEqual(want);
  });
});
