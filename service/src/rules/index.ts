/** The registry of rules: every diagnostic the language service can report. */
import type { Rule } from './rule';
import { unnumberedItem } from './unnumberedItem';
import { malformedNumber } from './malformedNumber';
import { duplicateNumber } from './duplicateNumber';
import { outOfSequence } from './outOfSequence';
import { yearMismatch } from './yearMismatch';
import { actionWithoutOwner } from './actionWithoutOwner';
import { actionWithoutDueDate } from './actionWithoutDueDate';
import { invalidDate } from './invalidDate';
import { unknownPerson } from './unknownPerson';
import { presentAndAbsent } from './presentAndAbsent';
import { meetingWithoutDate } from './meetingWithoutDate';
import { emptyItem } from './emptyItem';
import { nonCanonical } from './nonCanonical';
import { unknownReference } from './unknownReference';
import { notApproved } from './notApproved';
import { quorum } from './quorum';
import { absentParticipant } from './absentParticipant';
import { fileNotChecked } from './fileNotChecked';
import { duplicateStatusLine } from './duplicateStatusLine';
import { invisibleCharacter } from './invisibleCharacter';
import { unreadableCharacter } from './unreadableCharacter';
import { misencodedCharacter } from './misencodedCharacter';
import { confidentialMarker } from './confidentialMarker';
import { approvedChanged } from './approvedChanged';
import { voterNotPresent } from './voterNotPresent';
import { interestParticipation } from './interestParticipation';
import { voteCount } from './voteCount';
import { inquorateItem } from './inquorateItem';
import { departureWithoutTime } from './departureWithoutTime';
import { arrivalNotListed } from './arrivalNotListed';
import { exemptNotMarked } from './exemptNotMarked';
import { exemptWithoutReason } from './exemptWithoutReason';
import { motionResult } from './motionResult';
import { interestKind } from './interestKind';
import { castingVote } from './castingVote';
import { exemptWithoutExclusion } from './exemptWithoutExclusion';
import { substitutePresent } from './substitutePresent';
import { adjournmentNotReconvened } from './adjournmentNotReconvened';
import { recordedAfterClose } from './recordedAfterClose';

const REGISTRY = [
  unnumberedItem, malformedNumber, duplicateNumber, outOfSequence, yearMismatch,
  actionWithoutOwner, actionWithoutDueDate, invalidDate, unknownPerson, presentAndAbsent,
  meetingWithoutDate, emptyItem, nonCanonical, unknownReference, notApproved, quorum, absentParticipant, fileNotChecked,
  duplicateStatusLine, invisibleCharacter, unreadableCharacter, confidentialMarker, misencodedCharacter, approvedChanged,
  // the proceedings: who was in the room for each item (proceedings/room.ts)
  voterNotPresent, interestParticipation, voteCount, inquorateItem, departureWithoutTime, arrivalNotListed,
  exemptNotMarked, exemptWithoutReason, motionResult, interestKind, castingVote, exemptWithoutExclusion, substitutePresent,
  adjournmentNotReconvened, recordedAfterClose,
] as const;

export const RULES: readonly Rule[] = REGISTRY;
/** The code of a rule of the registry (`minutes/non-canonical` …): a code named anywhere else is checked against it. */
export type RuleCode = (typeof REGISTRY)[number]['code'];
/** The name of a rule of the registry, as `minutes.diagnostics.<name>` sets its severity. */
export type RuleName = (typeof REGISTRY)[number]['name'];

export type { Rule, Finding, Fix, RuleContext, WorkspaceRuleContext } from './rule';
