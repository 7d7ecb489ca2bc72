import type { EntityType } from '../types.js';

const ID_PREFIX: Record<EntityType, string> = {
  Organization: 'org',
  Person: 'person',
  Government: 'gov',
  Place: 'place',
  Product: 'product',
};

/** Case-, space- and punctuation-insensitive key: "Byte Dance", "Bytedance" and "ByteDance" -> "bytedance". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Stable id from type + canonical name: ("Organization", "Felder Bank") -> "org:felder-bank". */
export function entityId(type: EntityType, canonical: string): string {
  const slug = canonical
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${ID_PREFIX[type]}:${slug}`;
}

/** "ByteDance" -> ["Byte", "Dance"]; undefined when the word is not camel-cased. */
export function camelParts(word: string): string[] | undefined {
  const parts = word.match(/\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\p{N}+/gu);
  return parts && parts.length > 1 && parts.join('') === word ? parts : undefined;
}
