/**
 * The published forms of other boards' layouts, as pure matchers a parser recogniser calls: text
 * in, spans and typed facts out, never throwing, offsets into the text given. Attendance (see
 * docs/markup.md, "Attendance in other layouts"); actions, decisions, votes, due dates and action
 * statuses. Debris, the meeting's heading and hyphenation are imported by path (debris.ts,
 * meetingHeading.ts, hyphenation.ts).
 */
export type { Span, Qualifier, QualifierKind, PersonMatch, PeopleListMatch } from './types';
export { shiftPerson } from './types';
export { readQualifier, looksLikeCode, looksLikeBody, looksLikeFirm, isGovernorCategory, ROLE_WORD, NOMINEE_OFFICE } from './qualifiers';
export { readPerson, NATION, namesOffice, officeOpening, matchPersonLine, matchNameColumns, matchPersonBullet } from './personLine';
export { matchInlineList, matchRollCall, matchAnswerColumn, matchApologiesLead, matchListBullet, matchApologiesProse, matchAbsenceProse, matchPresentProse, matchOfficeOpened, matchNamedGuests, matchSubstitution, matchSubstituteAlone, splitList, dotParts, sentenceEnd, PRESENT_VERB, OFFICE_ACT, type SubstitutionMatch, type SubstituteAloneMatch, pluralTitle, opensPluralRun } from './inline';
export { matchFlattenedTable, type FlattenedTableMatch, type TablePerson, type LineSpan } from './table';
export { isMinutesLabel, observersHeading, forItemHeading, forItemQualifier, forThisItem, remoteInLabel, labelWay, LABEL_BRACKET, isObserversLabel, matchListNote, matchBlockHeading, matchGroupHeading, matchLineLabel, matchWrappedLabel, labelKind, type BlockHeadingMatch } from './headings';
export { matchLegend, matchMarkLegend, matchMarkedHeading, trailingMark, markAfterName, matchMarkKey, type LegendEntry, type MarkLegend, type MarkedHeading } from './legend';
export { matchPeopleBlock, secondColumnAt, QUORUM_NOTE, endsPeopleList, type PeopleBlockMatch, type BlockPerson, type BlockOptions } from './block';
export { matchActionLine, matchOwnerStatuses, findActionLines, matchTightRoleCell, matchOwnerColumn, matchToAction, matchActionReview } from './actions';
export type { ActionForm, ActionReview, FormOptions, OwnerColumn, OwnerStatus } from './actions';
export { findUndertakings } from './undertakings';
export type { Undertaking, UndertakingForm } from './undertakings';
export { matchActionTableHeader, readActionTable } from './actionTables';
export { matchRunOnHeader, readRunOnRow } from './runOnLog';
export type { RunOnHeader, RunOnRow } from './runOnLog';
export type { ActionRow, ActionTable, ColumnKind, TableHeader, TableLayout } from './actionTables';
export { findDueDate, readDueCell, isNextMeeting } from './dueDates';
export type { DueDate, DueKind, DueOptions } from './dueDates';
export { keyedStatus, statusOfWord, ragStatus, readStatusCell, readStatusPhrase, matchCheckbox, isStruckThrough, matchStatusTagAt, reviewStatus, matchStatusRow, matchMinuteReview, matchTrackerRow, trackerRef, isTrackerShaped, shiftMark, statusAfterAction } from './statuses';
export type { StatusMark, StatusRow } from './statuses';
export { matchDecision, matchDecisionHeading, matchHeadingParagraph, matchTrailingMark, readInlineParts, readResolutionParts } from './decisions';
export type { DecisionForm, DecisionVerb, ResolutionPart } from './decisions';
export { matchVote, matchPlusOne } from './votes';
export type { Vote, VoteResult } from './votes';
export { everyoneAt, isActor, isAddressedOffice, isEveryone, isInitials, isInitialsGroup, isRoleWord, splitOwners } from './owners';
export type { IsPerson } from './owners';
export { matchGridHeader, matchGridKey, matchCellLegend, readGridRow, isIdentifierLine, readGridWrap, readSpacedWrap, tabCells, markKind, type GridHeader, type GridRow, type GridWrap, type KeyMeaning } from './grid';
