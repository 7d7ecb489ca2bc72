import type { TriggerKind } from '../../lexicon/lexicon.js';
import { agentFrame, patientFrame } from './agentFrame.js';
import { appointFrame } from './appointFrame.js';
import { compoundFrame } from './compoundFrame.js';
import { dealVerbGuard } from './dealVerbGuard.js';
import type { FrameReader } from './frame.js';
import { inverseFrame } from './inverseFrame.js';
import { membersFrame } from './membersFrame.js';
import { nounFrame } from './nounFrame.js';
import { participleFrame } from './participleFrame.js';
import { recipientFrame, recipientNounFrame } from './recipientFrame.js';
import { saleSeller } from './saleSeller.js';
import { sellerFrame } from './sellerFrame.js';
import { stakeFrame } from './stakeFrame.js';
import { successorFrame } from './successorFrame.js';
import { ventureFrame } from './ventureFrame.js';
import { verbFrame } from './verbFrame.js';
import { zeroRelativeFrame } from './zeroRelativeFrame.js';

/**
 * Which frame families read a trigger of each kind (data/triggers/README.md), in order. A new
 * family is a new file in this folder exporting a FrameReader, added to the kinds it reads here.
 */
export const FRAMES_BY_KIND: Record<TriggerKind, readonly FrameReader[]> = {
  verb: [dealVerbGuard(verbFrame), participleFrame, zeroRelativeFrame, sellerFrame],
  inverse: [inverseFrame],
  noun: [nounFrame],
  agent: [agentFrame],
  patient: [patientFrame],
  recipient: [recipientFrame],
  'recipient-noun': [recipientNounFrame, saleSeller],
  successor: [successorFrame],
  stake: [stakeFrame],
  members: [membersFrame],
  appoint: [appointFrame],
  venture: [ventureFrame],
  compound: [compoundFrame],
};
