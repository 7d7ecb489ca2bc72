import { describe, expect, it } from 'vitest';
import { knownWords, varyNames } from '../../../scripts/bench/varyNames.js';

// The growth benchmark's copies of a corpus: names change per copy, the words the rules read do not.
const kept = knownWords('data');

describe('varyNames', () => {
  it.each([
    [0, 'In May Halden Capital hired Ana Ruiz.', 'In May Halden Capital hired Ana Ruiz.'],
    [1, 'In May Halden Capital hired Ana Ruiz.', 'In May Heldin Capital hired Ene Raoz.'],
    [2, 'In May Halden Capital hired Ana Ruiz.', 'In May Hildon Capital hired Ini Reuz.'],
    [5, 'In May Halden Capital hired Ana Ruiz.', 'In May Haldenar Capital hired Anaar Ruizar.'],
    // the first word of a sentence, or after an opening quote, is left alone ("Shares" is no name);
    // after a closing quote a name is varied
    [
      1,
      'Shares rose. "Norvex Inc said so," Tomas Brenner wrote.',
      'Shares rose. "Norvex Inc said so," Tumes Brinnir wrote.',
    ],
    // known places and governments stay: they are the hubs real news keeps returning to
    [3, 'The Ministry of Finance in Japan fined Lumora.', 'The Ministry of Finance in Japan fined Limero.'],
  ])('copy %i of %j', (copy, text, expected) => {
    expect(varyNames(text, copy, kept)).toBe(expected);
  });

  it('gives 40 distinct forms of a name over copies 0-39', () => {
    const forms = new Set(Array.from({ length: 40 }, (_, copy) => varyNames('See Qadira.', copy, kept)));
    expect(forms.size).toBe(40);
  });
});
