import { describe, expect, it } from 'vitest';
import { extractText, facts } from './extractText.js';

// News about companies no list knows: the rules alone must find who did what to whom.
const ARTICLE = `Qadira Holdings rejects Norvex bid

Dubai-based logistics group Qadira Holdings has rejected a $3bn takeover offer from Norvex Systems, the Swiss software maker said on Tuesday.
Norvex Systems chief executive Tomas Brenner said the company would not raise its offer.
Qadira Holdings, which owns the delivery app Zipcart, is instead in talks to form a partnership with Felder Bank.
The Competition Authority must approve any tie-up between the two firms, and Felder Bank's chairman, Ana Ruiz, has said she expects a review.
Zipcart's owner Qadira Holdings bought the app in 2019.`;

describe('extraction over a paragraph about invented companies', () => {
  const doc = extractText(ARTICLE);
  const got = facts(doc).map((f) => f.replace(/ \[hedged\]$/, ''));

  it.each([
    'Qadira Holdings -REJECTED-> Norvex Systems',
    'Tomas Brenner -LEADS-> Norvex Systems',
    'Qadira Holdings -OWNS-> Zipcart',
    'Qadira Holdings -PARTNERED_WITH-> Felder Bank',
    'Ana Ruiz -LEADS-> Felder Bank',
    'Qadira Holdings -ACQUIRED-> Zipcart',
  ])('finds %s', (fact) => {
    expect(got).toContain(fact);
  });

  it('finds the entities with their types', () => {
    const types = Object.fromEntries(doc.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      'Qadira Holdings': 'Organization',
      'Norvex Systems': 'Organization',
      'Felder Bank': 'Organization',
      'Tomas Brenner': 'Person',
      'Ana Ruiz': 'Person',
      'Competition Authority': 'Government',
      Zipcart: 'Product',
    });
  });

  it('does not invent relations between the wrong parties', () => {
    expect(got).not.toContain('Norvex Systems -REJECTED-> Qadira Holdings');
    expect(got.filter((f) => f.startsWith('Tomas Brenner -LEADS-> Qadira'))).toEqual([]);
  });
});
