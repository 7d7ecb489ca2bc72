export { readInputs, describeFailure } from './readInputs.js';
export { cleanText } from './cleanText.js';
export { splitSentences } from './splitSentences.js';
export {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_SENTENCE_CHARS,
  DEFAULT_PART_SENTENCES,
  DEFAULT_STREAM_ABOVE_BYTES,
  type CleanOptions,
  type CleanedText,
  type InputArticle,
  type InputFailure,
  type InputItem,
  type ReadInputsOptions,
  type SplitOptions,
  type TextKind,
} from './types.js';
