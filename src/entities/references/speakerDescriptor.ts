import type { DocEntity } from '../recognizeEntities.js';
import type { Descriptor } from './descriptorAt.js';
import type { Picked } from './pickDescriptorAntecedent.js';
import type { Speaker } from './speaker.js';

/**
 * "Norvex chief executive Ana Ruiz said the company would appeal": after a verb of saying, "the
 * company" is the speaker's organisation.
 */
export function speakerDescriptor(
  d: Descriptor,
  speaker: Speaker | undefined,
  s: number,
  entities: Map<string, DocEntity>,
): Picked | undefined {
  if (!speaker || speaker.sentence !== s || speaker.at < 0 || d.i <= speaker.at || d.i - speaker.at > 3)
    return undefined;
  const ent = entities.get(speaker.key);
  if (!ent || ent.type !== 'Organization' || !d.types.includes(ent.type) || d.inside.has(ent.key))
    return undefined;
  if (d.nationality && ent.nationality && d.nationality !== ent.nationality) return undefined;
  return { best: ent, apposition: false };
}
