import type { TriggerKind } from '../../extract/lexicon.js';
import { agentFrame } from './agentFrame.js';
import type { FrameReader } from './frame.js';
import { inverseFrame } from './inverseFrame.js';
import { nounFrame } from './nounFrame.js';
import { verbFrame } from './verbFrame.js';

/**
 * Which frame families read a trigger of each kind (data/triggers/README.md), in order. A new
 * family is a new file in this folder exporting a FrameReader, added to the kinds it reads here.
 */
export const FRAMES_BY_KIND: Record<TriggerKind, readonly FrameReader[]> = {
  verb: [verbFrame],
  inverse: [inverseFrame],
  noun: [nounFrame],
  agent: [agentFrame],
};
