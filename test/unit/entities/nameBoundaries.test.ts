import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extractText.js';

const counted = (text: string): string[] =>
  extractText(text)
    .entities.filter((e) => e.type !== 'Place' && e.type !== 'Product')
    .map((e) => e.name)
    .sort();

/** [text, the names of its Organization / Person / Government entities] */
const BOUNDARIES: [string, string[]][] = [
  // a nationality word, a country or a title inside a name that ends in a head word
  [
    'Funding came from the Danish Supreme Court ruling and Borland Development Bank.',
    ['Borland Development Bank', 'Danish Supreme Court'],
  ],
  ['The loan came from Peru Export Bank on Monday.', ['Peru Export Bank']],
  ['Pilots at British Motors voted to strike.', ['British Motors']],
  ['Rights to the Premier Club were sold to Halden Media.', ['Halden Media', 'Premier Club']],
  // "<head word> of <country>"
  ['The deal was cleared by the Trade Commission of Peru last week.', ['Trade Commission of Peru']],
  // "the X and Y Commission"; two names joined by "and" stay two
  ['The merger went to the Tariffs and Quotas Commission in March.', ['Tariffs and Quotas Commission']],
  ['Shares of Norvex Bank and Qadira Holdings rose.', ['Norvex Bank', 'Qadira Holdings']],
  // a firm of partners' names, a plural possessive inside a name, a bracketed qualifier
  [
    'Norvex hired the buyout firm Clayton, Varga & Hale to run the sale of its stores.',
    ['Clayton, Varga & Hale', 'Norvex'],
  ],
  [
    "Fans in the Halden Rovers Supporters' Trust said they would oppose the sale of the club to anyone.",
    ["Halden Rovers Supporters' Trust"],
  ],
  [
    'Officials said on Monday that the small regional Marvo Party (Secular) would support the coalition in the vote.',
    ['Marvo Party (Secular)'],
  ],
  // a sub-national government is a party, not a place
  [
    'Norvex said that the German state of Upper Varnia, which holds a fifth of its shares, would vote against the plan.',
    ['Norvex', 'Upper Varnia'],
  ],
  [
    'Analysts said that the Ostmark state government had objected to the deal with Pexo.',
    ['Ostmark', 'Pexo'],
  ],
  // an acronym in brackets is an alias, not part of the name
  ['Analysts said the Marvo Party (MP) would support the coalition in the vote next week.', ['Marvo Party']],
  // "for the", "on" after a head word
  [
    'The Council for the Protection of Wetlands criticised the plan.',
    ['Council for the Protection of Wetlands'],
  ],
  // a family or group named by a lower-case collective noun
  ['The stake was sold by the Varsen family last year.', ['Varsen family']],
  // initials
  [
    'The chief, K. Arun Pillai, met staff of J. Hollis Halden on Monday.',
    ['K. Arun Pillai', 'J. Hollis Halden'],
  ],
  // a country right after a name word is part of it
  ['The shares were sold to Norvex India last year.', ['Norvex India']],
  // the country modifies the noun after it: no "Norvex UK" company
  ['Qadira Holdings will manage Norvex UK data from next year.', ['Norvex', 'Qadira Holdings']],
  // a state body's name starts at the country before it
  ['The US Commerce Department sued Norvex Group.', ['Commerce Department', 'Norvex Group']],
  // "Media Corporation": the legal suffix stays on a one-word common name
  [
    'The paper is owned by Media Corporation, which also owns Halden Radio.',
    ['Halden Radio', 'Media Corporation'],
  ],
  // a sentence-initial name with a cue
  ['BlackRidge declined to comment on the Norvex Group deal.', ['BlackRidge', 'Norvex Group']],
  ['Qadira, the proxy adviser, backed Norvex Group.', ['Norvex Group', 'Qadira']],
  ["Verdana's Shadow Home Secretary Lena Varga said no.", ['Lena Varga', 'Verdana']],
  // an institution's name that runs into a person's, and an office before a person
  ['The head of the Harbour Council Lena Varga said no.', ['Lena Varga', 'Harbour Council']],
  ['Minister of Fisheries Lena Varga said no.', ['Lena Varga']],
  // a known name followed by a head word is a longer name: "<gazetteer name> News"
  ['Officials told Microsoft News the plan was dead.', ['Microsoft News']],
  // a country after a name, and a hyphenated given name
  ['Shares of Norvex UK rose, said mayor Kao Ming-tse.', ['Kao Ming-tse', 'Norvex UK']],
  // a name that an acronym in brackets defines, digits and lower-case words included
  [
    'A petition was launched by the Union of Rationalist Taxpayers and Savers (URTS) last week.',
    ['Union of Rationalist Taxpayers and Savers'],
  ],
  // a plural head word ends a name too
  [
    'After talks between the State and Borland Fisheries Departments, the plan went ahead.',
    ['State and Borland Fisheries Departments'],
  ],
  // one-word companies with no cue: sentence-initial before a verb, and mid-sentence
  ['Quorra agreed to purchase Tindle from Harbek.', ['Harbek', 'Quorra', 'Tindle']],
  // a nationality word between name words, and a lower-case particle
  [
    'Shares of Borland American Tankers rose after Banco do Halden bid.',
    ['Banco do Halden', 'Borland American Tankers'],
  ],
  // names that start with a digit
  ['Members of the 77th Legion marched past the offices of 4X Capital.', ['4X Capital', '77th Legion']],
  // an adherent or a trade before a person's name is no part of it
  ['The video was posted by Economist Tom Hale last year.', ['Tom Hale']],
  // a title or a nationality before a person is no part of the name
  ['The talks were led by Chilean Ambassador Lena Varga in the capital.', ['Lena Varga']],
  // a lone lower-case letter after "&"; a common word that opens a name joined by "&"
  ['Norvex dropped its bid for Lumen & k Holdings on Monday.', ['Lumen & k Holdings', 'Norvex']],
  ['Seven & k said it was disappointed by the offer.', ['Seven & k']],
  // a common word that opens a sentence before a head word
  ['Royal Bank of Halden raised its offer for Pexo.', ['Pexo', 'Royal Bank of Halden']],
  // head words that come first in Romance names, coordinated names at the start
  ['The unit went to Banco Orvel in March.', ['Banco Orvel']],
  ['Quorra and Halden took control of Tindle on Wednesday.', ['Halden', 'Quorra', 'Tindle']],
];

/** [text, a name that must NOT be an Organization / Person / Government entity] */
const NOT_PARTIES: [string, string][] = [
  // a common word before a title is the title's portfolio
  ['In January, District Judge Tom Hale blocked the merger of Norvex and Pexo.', 'District'],
  ['Talks stalled after Trade Minister Ana Ruiz met Norvex executives in Marlow.', 'Trade'],
  // ... also a portfolio compromise does not know, alone or after "and"
  [
    'Talks ended when Trade and Industry Secretary Tom Hale rejected the merger of Norvex and Pexo.',
    'Industry',
  ],
  // a currency code before an amount
  [
    'Norvex Holdings won the auction with a bid of Rs 18,000 crore, comprising Rs 15,300 crore of debt.',
    'Rs',
  ],
  // a word right after a known company's name is its product
  ['Users said the recently released Microsoft Vexa is quickly gaining ground, and Vexa now leads.', 'Vexa'],
  // datelines
  ['MARLOW, June 2, 2024 - Norvex Systems said it would buy Pexo.', 'Marlow'],
  ['BERLIN, March 3 (wire) - Qadira Holdings raised its offer.', 'Berlin'],
  // "<country>'s <Name>": the country is where the company is, not a party
  ["Germany's Ostwerk agreed to buy the Pexo unit.", 'Berlin'],
  // a country premodifying a noun after "by" is no actor
  ['The chain was sold to a group led by US private equity firm Qadira Capital.', 'Washington'],
  // nationality words are no names
  ['The Dutch lender and the Portuguese bank split the assets of Norvex Group.', 'Dutch'],
  // capitalised common words in the middle of a sentence
  ['The rules changed. Instead, Norvex Group said it would wait.', 'Instead'],
  ['Pupils at the Science Fair met a science teacher from Marlow.', 'Science Fair'],
  // an abstract noun or the plural of a word the story writes in lower case
  ['The Halden Tourism board met. Ticket sales rose at Norvex Group.', 'Tourism'],
  ['Three lawsuits were filed, and Norvex Group said the Lawsuits were baseless.', 'Lawsuits'],
  // a head word alone, and an adjective, are no names
  ['Troops from the Army guarded the Olympic venue near Norvex Group.', 'Army'],
  ['Troops from the Army guarded the Olympic venue near Norvex Group.', 'Olympic'],
  // words of no name's shape
  ['The pH of the water near Norvex Group rose.', 'pH'],
  // acronyms with no cue
  ['The file was written in HTML by Norvex Group staff.', 'HTML'],
  // a short currency sign before an amount
  ['Halden Capital won the auction with a bid of Rs 9,000 crore in cash.', 'Rs'],
  // words in capitals in a shouted line or a capitals headline are no name
  ['SHARES OF NORVEX GROUP SOAR AFTER THE OFFER', 'NORVEX GROUP'],
];

/** [text, one entity's name, the surfaces that must be mentions of that one entity] */
const VARIANTS: [string, string, string[]][] = [
  // an owner inside a hyphenated word
  ['The Oracle-owned database maker bought Pexo. Oracle declined to comment.', 'Oracle', ['Oracle']],
  // an acronym of a name in the same story
  [
    'The Borland Trade Commission opened a probe. The BTC said it would report in May.',
    'Borland Trade Commission',
    ['Borland Trade Commission', 'BTC'],
  ],
  // an inner word of one person's name
  [
    'Voters backed Luiz Carlo Lena da Costa. Lena said he was grateful.',
    'Luiz Carlo Lena da Costa',
    ['Lena'],
  ],
  // an acronym that a name defines
  [
    'The request came from deputies of the Partido 9 Vientos (P9V) in the council. The P9V said no.',
    'Partido 9 Vientos',
    ['Partido 9 Vientos', 'P9V'],
  ],
  // a shorter name that ends exactly one longer one
  [
    'The Borland Home Office rejected the plan. The Home Office said it would appeal.',
    'Borland Home Office',
    ['Borland Home Office', 'Home Office'],
  ],
  // a shorter name that starts exactly one longer one before "of"
  [
    'The Comic Society of Borland joined the parade. The Comic Society said it had 40 members.',
    'Comic Society of Borland',
    ['Comic Society of Borland', 'Comic Society'],
  ],
  // the last word of exactly one organisation
  [
    'The Halden Rovers were sold to Lena Varga. Fans of the Rovers cheered.',
    'Halden Rovers',
    ['Halden Rovers', 'Rovers'],
  ],
  // a name that starts exactly one longer one before head words only
  [
    'Norvex bid for Lumen & k Holdings. Lumen & k said it would study the offer.',
    'Lumen & k Holdings',
    ['Lumen & k Holdings', 'Lumen & k'],
  ],
  // a first name for the one person of that first name
  [
    'Talks with Makon Delvari went on. Later, a deal with Makon was signed by Norvex Group.',
    'Makon Delvari',
    ['Makon Delvari', 'Makon'],
  ],
];

/** [text, a name, its type] */
const TYPES: [string, string, string][] = [
  // a one-word name with a plural verb is a team or a firm, even when it is also a given name
  ['Rachel have a new owner. The sale of Rachel was agreed on Monday.', 'Rachel', 'Organization'],
  ['Rachel has a new job. Rachel said she was happy.', 'Rachel', 'Person'],
  // a descriptor across a verb or "and" describes another noun: "the regulator fined Norvex"
  ['The regulator fined Norvex on Monday for late filings.', 'Norvex', 'Organization'],
  ['The guild sued the agency and accused Norvex of delays.', 'Norvex', 'Organization'],
];

describe('types', () => {
  it.each(TYPES)('%s', (text, name, type) => {
    expect(extractText(text).entities.find((e) => e.name === name)?.type).toBe(type);
  });
});

/** [text, a name with no cue, found from its shape in mid-sentence] */
const SHAPES: [string, string][] = [
  // camel-cased with a lower-case first letter
  ['The stake was sold to eQadra for $2bn.', 'eQadra'],
  // a first name alone is a person's
  ['The plan was drawn up by Rachel, a Norvex Group engineer.', 'Rachel'],
  ['The bank sold the unit to Tessaly for $2bn.', 'Tessaly'],
  ['The offer was backed by Rijan Holvek on Tuesday.', 'Rijan Holvek'],
  // two or three words in capitals in a lower-case sentence
  ['The contest for KRAL BANKO ended when rivals took control of the lender.', 'KRAL BANKO'],
];

describe('name boundaries', () => {
  it.each(BOUNDARIES)('%s', (text, names) => {
    expect(counted(text)).toEqual([...names].sort());
  });
});

describe('names that are no parties', () => {
  it.each(NOT_PARTIES)('%s', (text, name) => {
    expect(counted(text)).not.toContain(name);
  });
});

describe('variants of one name', () => {
  it.each(VARIANTS)('%s', (text, name, surfaces) => {
    const entity = extractText(text).entities.find((e) => e.name === name);
    expect(entity).toBeDefined();
    const texts = entity!.mentions.map((m) => m.text);
    for (const s of surfaces) expect(texts).toContain(s);
  });
});

describe('names found by their shape', () => {
  it.each(SHAPES)('%s', (text, name) => {
    expect(counted(text)).toContain(name);
  });
});
