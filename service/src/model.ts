/** The document model: what the parser finds in one `.minutes` file. Plain data, exact ranges. */
import type { Range } from './types';
import type { BlockKind } from './markup';
import type { MinuteNumber, NumberingScheme } from './numbers';
import type { PersonName } from './people';
import type { ActionStatus } from './constructs';
import type { DebrisKind } from './forms/debris';
import type { QualifierKind } from './forms/types';
import type { Motion } from './proceedings/vote';
import type { Interest } from './proceedings/interest';
import type { Adjournment } from './proceedings/adjournment';

export interface Located<T> {
  readonly value: T;
  readonly range: Range;
}

export interface DateValue {
  readonly text: string;
  readonly range: Range;
  /** `YYYY-MM-DD`, absent when the date is not a real calendar date. */
  readonly iso?: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly problem?: string;
}

export interface Person {
  readonly block: BlockKind;
  readonly name: PersonName;
  /** The name as written (`Richard AGAR`). */
  readonly written: string;
  readonly role?: string;
  /** Initials written by the note taker (`(SF)`), if any. */
  readonly initials?: string;
  /** `@handle` written beside the name in Markdown notes (`mkovac`, without the `@`), if any. */
  readonly handle?: string;
  /** Titles written before the name (`Cllr`, `Dr`, `Borough Cllr`), if any. */
  readonly title?: string;
  /** The council, ward or body the person represents (`OPCC`, `Ashby Metropolitan Borough Council`), if written. */
  readonly organisation?: string;
  /** The membership category, as the list's legend spells it out (`Foundation Governor`), or its code when no legend. */
  readonly category?: string;
  /** Facts written beside the name (`substitute`, `from item 4`, `by phone`), in the order written. */
  readonly qualifiers?: readonly PersonQualifier[];
  readonly range: Range;
  readonly nameRange: Range;
  readonly roleRange?: Range;
  /** How the line separates name and role: `colon` is canonical. */
  readonly form: 'colon' | 'paren' | 'dash' | 'bare';
  readonly looseColon: boolean;
}

/** A fact written beside a name (forms/qualifiers.ts reads them): its kind, its words as written, the item or time it names. */
export interface PersonQualifier {
  readonly kind: QualifierKind;
  readonly text: string;
  readonly value?: string;
  readonly range: Range;
}

export interface PeopleBlock {
  readonly kind: BlockKind;
  /** The heading as written (`Attendees:`). */
  readonly label: string;
  readonly labelRange: Range;
  readonly canonicalLabel: boolean;
  readonly people: readonly Person[];
  readonly range: Range;
  /** The membership codes the list's legend spells out (`FG` → `Foundation Governor`), for the codes written later. */
  readonly legend?: Readonly<Record<string, string>>;
  /** Read from a sentence ("Apologies were received from …", "2 external guests, A and B, …"): the sentence stays the record's text. */
  readonly prose?: true;
}

export interface Mention {
  readonly text: string;
  readonly range: Range;
}

export interface Presenter {
  readonly names: readonly Mention[];
  readonly range: Range;
  /** `Presented by:` at the start of a line; false for a sentence such as "This paper was presented by …". */
  readonly canonical: boolean;
  /** The words that introduce the names ("This paper was presented by"), for the canonicalising fix. */
  readonly leadRange: Range;
  /** The words after the names ("and the following points were discussed:"), if any. */
  readonly tail?: Located<string>;
}

export interface DueDate {
  readonly text: string;
  readonly range: Range;
  readonly date?: DateValue;
  readonly nextMeeting: boolean;
}

export interface Action {
  /** Place of the action in its item, from 1: the `1` of `081/22-A1`. */
  readonly index: number;
  /** Text of the action without keyword, owner and due date. */
  readonly text: string;
  readonly range: Range;
  readonly textRange: Range;
  /** The keyword as written (`ACTION:`, `Action:`, `ACTION –`), absent for a bold action. */
  readonly keyword?: Located<string>;
  readonly bold: boolean;
  readonly owners: readonly Mention[];
  /** Owner read from the text ("WMP will …") rather than an `Owner:` field. */
  readonly ownerInferred: boolean;
  readonly due?: DueDate;
  /** Where an `Owner:`/`Due:` field would be appended. */
  readonly insertAt: Range;
  /**
   * Read from the minutes' own sentences (an owner column beside a paragraph, `ACTION:` inside a
   * sentence, `ACTION: Clerk to …` wrapped by the page): its lines hold words the action's fields do
   * not, so publishing keeps the lines as written and adds the action after them.
   */
  readonly inText?: boolean;
}

/** A later meeting's word on an action: `081/22-A1 DONE: data circulated 01/10/2022`. */
export interface StatusUpdate {
  readonly target: MinuteNumber;
  readonly action: number;
  readonly status: ActionStatus;
  readonly note: string;
  readonly range: Range;
  readonly refRange: Range;
}

/**
 * A status of an earlier action as other boards publish it (a review line `Action 17 (…) – Complete`,
 * a row of an action log, `[DONE] ACTION-41:`, `- [x] …`, a wiki icon): the action is named by the
 * board's own reference (`ref`, as printed, or the action's first words where it has none), which is
 * not one of our `NNN/YY-An` references, so it is kept apart from `statusUpdates`.
 */
export interface StatusReview {
  /** The earlier action's reference as printed (`17`, `PC24/031`, `action-41`), or its first words. */
  readonly ref: string;
  readonly status: ActionStatus;
  /** The status as the document writes it (`Complete`, `Carried forward`, `[DONE]`), without the note after it. */
  readonly written: string;
  /** What follows the status (`summary circulated to members on 3 February`), if anything. */
  readonly note: string;
  readonly range: Range;
}

/** "The notes of the meeting held on 26 July 2022 were agreed as a correct record." */
export interface Approval {
  readonly range: Range;
  /** The date of the meeting approved, when the sentence names it; otherwise the previous meeting. */
  readonly meetingDate?: string;
}

/**
 * What minutes record of a vote on a decision, as data (issue 18; the proceedings of issue 20 build
 * on it): mover and seconder as written (`Haney`, `Cllr Ruiz`), the counts, the names of a roll
 * call (`Ayes: Ortega, Haney …`), unanimity and the result. Each name keeps its range, so that a
 * later check can resolve it to a listed person and point at it.
 */
export interface VoteRecord {
  /** From the first to the last fact of the vote recorded. */
  readonly range: Range;
  readonly mover?: Located<string>;
  readonly seconder?: Located<string>;
  readonly for?: number;
  readonly against?: number;
  readonly abstentions?: number;
  readonly ayes?: readonly Located<string>[];
  readonly nays?: readonly Located<string>[];
  readonly abstainers?: readonly Located<string>[];
  readonly unanimous: boolean;
  readonly result?: 'carried' | 'lost';
}

export interface Decision {
  readonly text: string;
  readonly range: Range;
  readonly keyword: Located<string>;
  /** What is recorded of a vote on it (`Motion carried 4-0`, `(4 for, 0 against)`), kept as data. */
  readonly vote?: VoteRecord;
  /** The numbered parts of a resolution (`(1) …`, `(a) …`), as written. */
  readonly parts?: readonly string[];
  /**
   * The keyword stands inside the sentence (`The Board NOTED …`, `… were agreed as a correct record`,
   * `**Resolved** by lazy consensus`): the line is published as written, so that no word is lost.
   */
  readonly inSentence?: boolean;
  /**
   * Its words stop at its sentence's end before the end of its lines (`… from 1st July 2024.` then
   * `Proposed Cllr X, seconded Cllr Y. All in favour.`, the vote's record, or the minutes' prose): its
   * lines are published as written, so that the words after it are not lost.
   */
  readonly asWritten?: boolean;
}

export interface Reference {
  readonly target: MinuteNumber;
  /** `081/22-A1` refers to an action; the plain number to an item. */
  readonly action?: number;
  readonly range: Range;
}

export interface Question {
  readonly text: string;
  readonly range: Range;
  readonly asker?: Mention;
}

export interface ItemNumber extends MinuteNumber {
  readonly range: Range;
  readonly written: string;
  readonly malformed?: string;
  /**
   * Markup inside the number's span on its line, in order (`**` in `3**81/22`): an edit that
   * rewrites the number writes it back after the new number, so bold stays balanced.
   */
  readonly debris?: string;
  /**
   * The number as printed when the file's extraction broke it (`115/2 3`, `119/2⏎3`:
   * forms/brokenNumbers.ts); `written` is then the number as meant (`115/23`), and no warning is due.
   */
  readonly printed?: string;
}

export interface Item {
  readonly number?: ItemNumber;
  /** The line that starts the item (the number, or `Item …` for an unnumbered one). */
  readonly headRange: Range;
  readonly title: string;
  readonly titleRange?: Range;
  readonly agendaRef?: string;
  readonly range: Range;
  /** Lines of content after the title (and text on the title line beyond the title). */
  readonly content: number;
  readonly presenters: readonly Presenter[];
  readonly actions: readonly Action[];
  readonly decisions: readonly Decision[];
  readonly references: readonly Reference[];
  readonly questions: readonly Question[];
  /** "X joined the meeting at 21:23", "X left the meeting": who came and went, as written. */
  readonly arrivals: readonly Arrival[];
  /** Motions and amendments in our markup (`MOTION:`, `Moved:`, `Vote:`, `Result:`): proceedings/vote.ts; absent when none. */
  readonly motions?: readonly Motion[];
  /** Declarations of interest in our markup (`Interest: Cllr X, item 7, …`): proceedings/interest.ts; absent when none. */
  readonly interests?: readonly Interest[];
  /** "The meeting adjourned at 20:10 and reconvened at 20:25.": proceedings/adjournment.ts; absent when none. */
  readonly adjournments?: readonly Adjournment[];
  readonly section?: number;
  /**
   * A line of the item's text that marks it confidential (`[confidential]` under the title, or
   * before a number not taken as an item's): the public version withholds the whole item
   * (`confidential.ts`).
   */
  readonly confidentialMark?: Range;
  /**
   * Sub-items that carry a title (`4.1 Reserves policy`, `(a) Charging policy`, `A.` under a
   * Roman item): the item's children, in order. Their lines stay the item's content (its actions
   * and decisions are the item's); a sub-item is a heading within it, not an item of the meeting.
   */
  readonly subItems?: readonly Item[];
}

export interface Arrival {
  readonly name: Mention;
  readonly kind: 'joined' | 'left';
  /** The time written (`at 7.45pm`), if any. */
  readonly time?: string;
  /** The item written (`during item 5`, `after item 6`), and whether the change counts from it or after it. */
  readonly item?: { readonly ref: string; readonly after: boolean };
  /** Left for this item only (`withdrew for this item`, `left the room`): back for the next. */
  readonly withdrawal?: boolean;
  /** Came back (`returned to the meeting`, `rejoined`): was there before, never a late arrival. */
  readonly back?: boolean;
  /** The whole sentence, for fixes that add a time or an item. */
  readonly range?: Range;
}

export interface Section {
  readonly title: string;
  readonly headingRange: Range;
  readonly range: Range;
  /** Written as a `##` heading (canonical) or recognised from a published heading line. */
  readonly canonical: boolean;
}

export interface AgendaItem {
  readonly number: number;
  readonly time?: string;
  readonly title: string;
  readonly presenters: readonly Mention[];
  readonly kind?: string;
  readonly range: Range;
}

export interface Agenda {
  readonly title?: Located<string>;
  readonly date?: DateValue;
  readonly items: readonly AgendaItem[];
  readonly sections: readonly Located<string>[];
  readonly range: Range;
}

export interface Meeting {
  readonly title?: Located<string>;
  readonly date?: DateValue;
  /** The `Date:` field, or the published line the date was read from. */
  readonly dateField: boolean;
  readonly time?: Located<string>;
  readonly location?: Located<string>;
  readonly chair?: Located<string>;
  /** The `Status:` line as written (`Approved 24/10/2022`, `Published`, `Draft`): see archive.ts. */
  readonly status?: Located<string>;
  readonly nextMeeting?: DateValue;
  /** The minutes' legend of abbreviations (`AR` → `Academic Registrar`), as printed at their end (forms/legend.ts), if any. */
  readonly abbreviations?: Readonly<Record<string, string>>;
  readonly people: readonly PeopleBlock[];
  readonly sections: readonly Section[];
  readonly items: readonly Item[];
  /** Dates written in header fields, Due: and Next meeting:, for the validity check. */
  readonly dates: readonly DateValue[];
  /** The document says that actions are highlighted in bold. */
  readonly boldActions: boolean;
  readonly statusUpdates: readonly StatusUpdate[];
  readonly approvals: readonly Approval[];
  /** Statuses of earlier actions in a board's own form (see StatusReview); absent when there are none. */
  readonly statusReviews?: readonly StatusReview[];
  /** Actions written outside any item (before the first, or where no item is open); absent when there are none. */
  readonly actions?: readonly Action[];
  /** Decisions written outside any item; absent when there are none. */
  readonly decisions?: readonly Decision[];
  /**
   * Lines that close the meeting, written after an item but not part of it: `Next meeting:`
   * (except under an item about the next meeting), "The meeting closed at 12:45", signature lines.
   */
  readonly closing: readonly Located<string>[];
  readonly range: Range;
  /** First line of the meeting, where a missing `Date:` would go. */
  readonly startLine: number;
}

/** A construct written in a recognised variant form, with what the canonical form needs. */
export type Variant =
  | { readonly kind: 'action-keyword'; readonly range: Range; readonly written: string }
  | { readonly kind: 'decision-keyword'; readonly range: Range; readonly written: string }
  | { readonly kind: 'block-label'; readonly range: Range; readonly written: string; readonly block: BlockKind }
  | { readonly kind: 'person-separator'; readonly range: Range; readonly written: string; readonly person: Person }
  | { readonly kind: 'presenter-sentence'; readonly range: Range; readonly presenter: Presenter }
  | { readonly kind: 'bold-action'; readonly range: Range; readonly text: string };

/**
 * A piece of what a PDF, a web page, a wiki or a mail adds to published minutes (a page footer,
 * an `Agenda Item 4` stamp, a `DRAFT` banner, a signature block, navigation): kept in the
 * document and by import, never read as an item, a title, a section, a person or an item's text.
 */
export interface DebrisMark {
  readonly range: Range;
  readonly kind: DebrisKind;
}

export interface MinutesDocument {
  readonly kind: 'minutes' | 'agenda' | 'empty';
  readonly scheme: NumberingScheme;
  readonly meeting?: Meeting;
  readonly agendas: readonly Agenda[];
  readonly variants: readonly Variant[];
  /** The debris of the file, in order (absent from a saved index view, which does not need it). */
  readonly debris?: readonly DebrisMark[];
  readonly lineCount: number;
  /** Length of each line, so rules and fixes can make ranges without the text. */
  readonly lineLengths: Int32Array;
}
