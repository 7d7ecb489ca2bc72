export { readInputs, describeFailure } from './readInputs.js';
export { cleanText } from './cleanText.js';
export { splitSentences } from './splitSentences.js';
export {
  type CleanOptions,
  type CleanedText,
  type InputArticle,
  type InputFailure,
  type InputItem,
  type ReadInputsOptions,
  type SplitOptions,
  type TextKind,
} from './types.js';
