/**
 * Names a hostile lexicon might carry: all of them are data. (They start with a word: the recognizer
 * starts a name at a word, so "{x} Capital" is accepted but would never match a text.)
 */
export const HOSTILE_NAMES = [
  'Acme`) DETACH DELETE (n',
  'Match (n) DETACH DELETE n',
  `O'Brien "Quoted" Holdings`,
  "Robert'); DROP TABLE Students;-- Group",
  'Brace {name: "x"} Capital',
  'Arrow }]->(x)<-[:OWNS]-( Partners',
  'Dollar $password Systems',
  "Call dbms.security.createUser('x', 'y', false) Bank",
  'Zeta \\u0060 Backslash Holdings',
  'Organization:Admin Labs',
];
