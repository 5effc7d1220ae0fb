/**
 * The published forms of actions, decisions, votes, due dates and action statuses: what a parser
 * recogniser calls. Each module is pure, never throws, and gives offsets into the text it is given.
 */
export { matchActionLine, findActionLines, matchOwnerColumn, matchToAction, matchActionReview } from './actions';
export type { ActionForm, ActionReview, FormOptions, OwnerColumn, OwnerStatus } from './actions';
export { findUndertakings } from './undertakings';
export type { Undertaking, UndertakingForm } from './undertakings';
export { matchActionTableHeader, readActionTable } from './actionTables';
export type { ActionRow, ActionTable, ColumnKind, TableHeader, TableLayout } from './actionTables';
export { findDueDate, readDueCell } from './dueDates';
export type { DueDate, DueKind, DueOptions } from './dueDates';
export { statusOfWord, ragStatus, readStatusCell, matchCheckbox, isStruckThrough, matchStatusTagAt } from './statuses';
export type { StatusMark } from './statuses';
export { matchDecision, matchDecisionHeading, matchHeadingParagraph, readResolutionParts } from './decisions';
export type { DecisionForm, DecisionVerb, ResolutionPart } from './decisions';
export { matchVote, matchPlusOne } from './votes';
export type { Vote, VoteResult } from './votes';
export { isActor, isInitials, isInitialsGroup, splitOwners } from './owners';
export type { IsPerson } from './owners';
