/**
 * The parser's writable view of the model it builds. The model's types (`model.ts`) are read-only
 * for everyone who reads them; while a parse runs, its state holds these builders: the same plain
 * objects, with the fields and lists the parser fills writable. A builder is assignable to its
 * model type, so the finished document needs no cast; a finished model object is never assignable
 * to a builder where they differ in a list, so a parse cannot write into the previous document a
 * re-parse started from (`reparse.ts`, `reparsePeople.ts` give it fresh lists and copies).
 *
 * Only the parser (`parse/`), `reparse.ts`, `reparsePeople.ts` and `detach.ts` import this module;
 * the service's index does not export it (test/unit/oneFact.test.ts checks both).
 */
import type {
  Action, Agenda, AgendaItem, Approval, Arrival, DateValue, Decision, Item, Located, Meeting,
  PeopleBlock, Person, Presenter, Question, Reference, Section, StatusReview, StatusUpdate,
} from '../model';
import type { Motion, RecordedVote } from '../proceedings/vote';
import type { Interest } from '../proceedings/interest';
import type { Adjournment } from '../proceedings/adjournment';

/** `T` with its own fields writable (one level: what a field holds keeps its type). */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

export type PersonBuilder = Writable<Person>;

export interface PeopleBlockBuilder extends Writable<Omit<PeopleBlock, 'people'>> {
  people: PersonBuilder[];
}

export type SectionBuilder = Writable<Section>;
export type QuestionBuilder = Writable<Question>;
export type DecisionBuilder = Writable<Decision>;
export type VoteBuilder = Writable<RecordedVote>;

export interface MotionBuilder extends Writable<Omit<Motion, 'vote'>> {
  vote: VoteBuilder;
}

/** The item being read (`ParseState.item`): its fields are set and its lists filled line by line. */
export interface ItemBuilder extends Writable<Omit<Item, 'presenters' | 'actions' | 'decisions' | 'references' | 'questions' | 'arrivals' | 'motions' | 'interests' | 'adjournments' | 'subItems'>> {
  presenters: Presenter[];
  actions: Action[];
  decisions: DecisionBuilder[];
  references: Reference[];
  questions: QuestionBuilder[];
  arrivals: Arrival[];
  motions?: MotionBuilder[];
  interests?: Interest[];
  adjournments?: Adjournment[];
  subItems?: Item[];
}

/**
 * The meeting being read (`ParseState.meeting`). Its items, people blocks and sections are lists of
 * finished model objects: the open item, block and section are the state's `item`, `block` and
 * `section` builders, and a block read before is written only through `ParseState.builtBlock`.
 */
export interface MeetingBuilder extends Writable<Omit<Meeting, 'people' | 'sections' | 'items' | 'dates' | 'statusUpdates' | 'approvals' | 'statusReviews' | 'actions' | 'decisions' | 'closing'>> {
  people: PeopleBlock[];
  sections: Section[];
  items: Item[];
  dates: DateValue[];
  statusUpdates: StatusUpdate[];
  approvals: Approval[];
  statusReviews?: StatusReview[];
  actions?: Action[];
  decisions?: DecisionBuilder[];
  closing: Located<string>[];
}

export interface AgendaBuilder extends Writable<Omit<Agenda, 'items' | 'sections'>> {
  items: AgendaItem[];
  sections: Located<string>[];
}
