import { loadWordList } from './loadWordList.js';

/** Words an acronym passes over (data/acronym-skip-words.txt): "Office for the Arts" -> "OA". */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(loadWordList('acronym-skip-words.txt'));
