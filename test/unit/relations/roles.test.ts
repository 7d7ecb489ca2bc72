import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// apposition, possessives and nominalisations: [sentence, fact]
const ROLES: [string, string][] = [
  [
    "Felder Bank's chairman, the veteran banker Ana Ruiz, said the deal was fair.",
    'Ana Ruiz -LEADS-> Felder Bank',
  ],
  [
    'Tomas Brenner, chief executive of Norvex Systems, said the company would appeal.',
    'Tomas Brenner -LEADS-> Norvex Systems',
  ],
  [
    'Norvex Systems chief executive Tomas Brenner declined to comment.',
    'Tomas Brenner -LEADS-> Norvex Systems',
  ],
  [
    'Mira Okafor, the former chairman of Qadira Holdings, joined the board.',
    'Mira Okafor -LEADS-> Qadira Holdings',
  ],
  ["Lumo's owner Qadira Holdings said it would keep the service.", 'Qadira Holdings -OWNS-> Lumo'],
  [
    'Qadira Holdings, the parent company of the Lumo app, reported higher sales.',
    'Qadira Holdings -OWNS-> Lumo',
  ],
  ['The messaging app Lumo is owned by Qadira Holdings.', 'Qadira Holdings -OWNS-> Lumo'],
  ["Felder Bank's bid for Qadira Holdings collapsed on Friday.", 'Felder Bank -BID_FOR-> Qadira Holdings'],
  [
    "Qadira Holdings' rejection of Felder Bank's offer surprised analysts.",
    'Qadira Holdings -REJECTED-> Felder Bank',
  ],
  ['Ana Ruiz is a supporter of Senator Tom Hale.', 'Ana Ruiz -SUPPORTS-> Tom Hale'],
];

describe('roles, possessives and nominalisations', () => {
  it.each(ROLES)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });

  it('a former role has a lower confidence and says so in the trigger', () => {
    const doc = extractText('Mira Okafor, the former chairman of Qadira Holdings, joined the board.');
    const leads = doc.relations.find((r) => r.type === 'LEADS')!;
    expect(leads.trigger).toMatch(/^former /);
    expect(leads.confidence).toBeLessThan(0.8);
  });
});
