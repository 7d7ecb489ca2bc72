/**
 * The clause reader: a shallow reading of one sentence around a trigger. Who is the subject, the
 * object, the by-agent, the possessor; is the verb passive; which names are coordinated.
 */
export { byAgent } from './byAgent.js';
export { clauseEnd, clauseStart } from './clauseBounds.js';
export { compound } from './compound.js';
export { group } from './group.js';
export { nounObjectStart } from './nounObjectStart.js';
export { objectAfter } from './objectAfter.js';
export { passive } from './passive.js';
export { possessor } from './possessor.js';
export { prepositional } from './prepositional.js';
export { subject } from './subject.js';
export { thatClause } from './thatClause.js';
export { POSS, isQuote, sentenceView, typeOf, type SentenceView } from './sentenceView.js';
export { relativeObject, relativeSubject } from './relativeObject.js';
