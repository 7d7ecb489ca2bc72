import type { EntityRef } from '../../entities/recognizeEntities.js';
import { possessor, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { pronounPossessor } from './pronounPossessor.js';

/**
 * "a fine imposed on its Kenyan subsidiary", "Qadira Group's German unit": with no name in
 * apposition, the unit is the document's organisation named for its owner and the country
 * ("Qadira Kenya", "Qadira Germany"), as subsidiaries are often named.
 */
export function countryUnit(v: SentenceView, f: Frame): Candidate[] {
  const country = v.ctx.lexicon.demonyms.get(v.lowers[f.ti - 1] ?? '');
  if (!country || !v.ctx.tokens.tokens[f.ti - 1].cap) return [];
  const owner = possessor(v, f.ti - 1) ?? pronounPossessor(v, f.ti - 1);
  const ownerName = owner ? v.ctx.entities.get(owner.key)?.name : undefined;
  if (!owner || !ownerName) return [];
  const stem = ownerName.split(' ')[0].toLowerCase();
  const names = new Set(country.names.map((c) => `${stem} ${c.toLowerCase()}`));
  const units = [...v.ctx.entities.values()].filter(
    (e) => e.key !== owner.key && e.type === 'Organization' && names.has(e.name.toLowerCase()),
  );
  if (units.length !== 1) return [];
  const unit: EntityRef = {
    ...owner,
    key: units[0].key,
    kind: 'descriptor',
    possessive: false,
    alt: undefined,
  };
  return pairs(v, f.ti, f.form.relation, [owner], [unit], 0.7, triggerText(v, f));
}
