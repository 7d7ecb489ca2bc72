export { readInputs, describeFailure } from './readInputs.js';
export { cleanText } from './cleanText.js';
export { splitSentences } from './splitSentences.js';
export {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_SENTENCE_CHARS,
  type CleanOptions,
  type CleanedText,
  type InputArticle,
  type InputFailure,
  type InputItem,
  type ReadInputsOptions,
  type SplitOptions,
  type TextKind,
} from './types.js';
