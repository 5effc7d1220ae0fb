/**
 * What a careful reader finds in one published document: the shape of the data files
 * `test/fixtures/<folder>/<name>.expect.json` written beside each document by reading it, never
 * from the parser's output (issue 18, point 7). `test/reading.test.ts` checks the parser against
 * every such file.
 *
 * How to write one (the rules a reader follows, so that two writers agree):
 * - Numbers are written as printed, without a trailing `.`, `:` or tab (`41`, `PC24/061`,
 *   `TB/22/116`, `IV`, `2246`); an item with no number has `number: null`.
 * - Titles are the words of the item's heading as printed, capitals kept, without debris.
 * - Every text (title, name, role, qualifier, owner, due, status, action and decision text) is
 *   compared ignoring case, runs of spaces and a trailing colon or full stop: capitals a list prints
 *   (`Sarah MARWICK`, `RESOLVED`) do not make another person or another decision. Nothing else is
 *   tolerated: words, order and punctuation inside the text count.
 * - Names are the person's name as the list prints it, without honorifics a list adds to everyone
 *   (`Cllr`, `Councillor`, `Mrs`, `Dr` stay out of `name`; they go in `title`).
 *   A North American board's designation of its members before a name (`Councilmember`,
 *   `Commissioner`, `Director`, `Supervisor`, `Trustee`) is their role, as an office is.
 * - Roles are the words the list gives (`Chair`, `Director of Finance`), qualifiers apart:
 *   `(Chair)` is a role; `(substitute)`, `(from item 4)`, `(by phone)`, `arrived 7.45pm`,
 *   `(item 118 only)` are qualifiers.
 * - Action text: the first words of the task (enough to tell it apart, at least five words or the
 *   whole task). Owners: as a reader resolves them: the full name of a listed person (`MD` →
 *   the person the list gives as `(MD)`), else the role or body as written (`Clerk`,
 *   `Director of Transport`). Due: as written (`31 March 2024`, `next meeting`, `ASAP`).
 * - Decision text: the first words after the keyword (at least five words or the whole decision).
 * - Statuses: each earlier action this meeting reports on, by its reference as printed (or the
 *   first words of the action where it has no reference), with the status in our words.
 *
 * Further rules, met while reading the layouts (expect1, for documents 01–05):
 * - Title: the heading line that names the meeting's body, the most specific one (the committee, not
 *   the authority printed above it), as printed, without `Minutes of (the meeting of)`, the date,
 *   the time or the venue; a heading wrapped over two lines is one title.
 * - Qualifiers are written without their brackets (`substitute`, `item 118 only`, `to PC24/066`);
 *   an apology's reason and a note such as `CONSENTED` are qualifiers.
 * - `organisation`: the council, ward or body a member represents, printed in a second column or in
 *   brackets after the name (`Ashby Metropolitan Borough Council`); it is not a role.
 * - `category`: the kind of membership a list gives by a code with a legend (`(FG)`), written as the
 *   legend spells it out (`Foundation Governor`); it is not a role.
 * - Apologies and absences written as prose under an item ("Apologies were received from …") are
 *   lists like any other (issue 18, point 2).
 * - `item` of an action or decision is the number of its top-level item (sub-items are not items);
 *   an action table or log after the last item stands outside any item (`null`).
 * - A decision is one per keyword (`RESOLVED`, `NOTED`, `APPROVED`, `RATIFIED`, `agreed`): parts
 *   `(1)`, `(a)` belong to it. The keyword is the verb with `UNANIMOUSLY` and its dash or colon;
 *   `that`/`to` and a part label `(1)` after it are the decision's first words.
 * - An owner that stands alone (`ACTION: Director of Transport` after a resolution, initials in an
 *   `Action` column beside a paragraph) takes the resolution or the paragraph beside it as its
 *   task: the text is that resolution's or paragraph's first words (its paragraph number left out).
 * - An action written twice (in an item and again in the closing action table) is one action: the
 *   table's row is kept.
 * - An owner nobody in the lists is stays as written, less a leading `the` (`Commissioner`,
 *   `Ms Oduwole`, `Chief Finance Officer`).
 * - Due: the words after `by`/`before` (`July 2025`, `July meeting`, `8/2/22`), less a leading `the`,
 *   for a meeting and a project's milestone alike (`before the beta`: `beta`; `the 2.5 freeze`: `2.5 freeze`).
 * - Status `written`: the status words of the cell or line, without the note after a dash or
 *   semicolon (`Complete`, `Carried forward`, `Overdue`), not the RAG letter when there is a word.
 *   Where a carried-forward or deferred action goes is part of its words (`Carried forward to July`,
 *   `carried over to Meeting 518`, `deferred to the May meeting`), in a cell, a row or prose alike.
 *
 * Further rules, met by the second reader reconciling 01–05 with 06–10 and the corpus:
 * - A number broken by the extraction (`115/2 3` in a table cell, `119/2` with `3` on the next line)
 *   is written as the board printed it before the break (`115/23`): the break is debris, and no
 *   numbering warning is due for it (no `alarms`).
 * - `Item N –` / `Item 10a -` before a title is a reference to the agenda, not part of the title.
 * - A paper's reference printed in an item's heading (`(Paper CT/25/40)`, `(Doc No BG/25/01)`) is part of
 *   its title as printed.
 * - The title is the most specific heading even when the authority is printed just above it
 *   (`COUNCIL` under `UNIVERSITY OF CARROW`, `REGULAR CITY COUNCIL MEETING` under `CITY OF …`); a line
 *   that names only the kind of meeting (`REGULAR MEETING MINUTES`, `Regular Meeting`) names no body,
 *   and the body's line above it is the title. A line that names the meeting with the body's own word
 *   (`ORDINARY COUNCIL MEETING` under `YARRABIN SHIRE COUNCIL`, `PUBLIC BOARD MEETING` under `… SCHOOL
 *   BOARD`) names the body, and is the title (heldOut3/08, heldOut14/08, heldOut17/01).
 * - An owner's line standing alone under a paragraph (`Action: YK – May 2026 Board`, `ACTION: A.
 *   Fitzgerald`) whose sentence undertakes a task by that same owner, under any name the lists give
 *   them (`The Executive Director of Operations would bring …`, `Aileen Fitzgerald will draft …`, `Dr
 *   Lodi undertook to bring …`, after other sentences of the paragraph): the task is the undertaking's
 *   words (`bring a revised …`), as where both name the owner alike (`The Clerk to chase …` ⏎ `ACTION:
 *   Clerk`); a paragraph that is that one sentence alone, or that undertakes nothing, is the task
 *   whole, as written (`c) The Registrar undertook to circulate …` ⏎ `Action: Registrar`)
 *   (heldOut4/07, heldOut13/03, heldOut17/02).
 * - `(minutes)`, `, minutes` after a person (the minute-taker) is a qualifier, not a role.
 * - A list labelled `Observer:` or headed `Observers` gives each one on it the qualifier `observer`
 *   (the label says once for all what `(observing)` says beside a name); their role stays as printed.
 * - A body printed after a role (`Chief Executive, OPCC`) or alone in the role column
 *   (`Birmingham & Solihull Women's Aid`) is the person's `organisation`.
 * - A verb heading (`Noted`, `Received`, `Resolved`) with numbered paragraphs under it is one
 *   decision (the paragraphs are its parts); its text is the first paragraph's first words.
 *   A motion (`Motion by X, second by Y, to approve …`) is a decision whose text starts at `to`;
 *   `Consensus was to proceed` reads as `Agreed to proceed` (`to proceed`).
 * - A decision in the passive (`The minutes were APPROVED as …`, `The notes were accepted as …`,
 *   `Approved as a true record`) is a decision: its text is the words after the keyword
 *   (`ACCEPTED` counts with the others), or the sentence as written when nothing follows
 *   (`The report was accepted`). `It was noted that …` records a point of the discussion and
 *   `Apologies were noted` the attendance: neither is a decision.
 * - Due: also the meeting an undertaking is to come to (`would come to the December meeting`,
 *   `bring … to the March meeting`: `December meeting`, `March meeting`).
 * - Status words: `done` for complete/closed/answered; `open` for a running action (`In progress`,
 *   `Ongoing`, `Overdue`, `still open`, `[PENDING]`); `carried forward` only where the document
 *   carries or defers it (`Carried forward`, `cf`, `carried over`, `deferred to …`, or a board that
 *   says its outstanding actions are carried forward); `dropped` for cancelled or struck through.
 *   `written` leaves out an icon left as words (`Yes check.svg`) or a checkbox (`- [x]`) when the
 *   line gives a status word (`Done`, `done`).
 */

export type ListKind = 'present' | 'apologies' | 'inAttendance' | 'absent';

/** Our words for numbering schemes (docs/markup.md). */
export type SchemeName =
  | 'year' // NNN/YY running through the year: 081/22
  | 'year-first' // 19/112
  | 'running' // plain running numbers through the (municipal) year: 41., 2246
  | 'prefixed' // a board's own prefix: PC24/061, TB/22/116, GBP/2223/001, PB/2425/061
  | 'per-meeting' // 1., 1, Item 1, 1.0 afresh each meeting
  | 'roman' // I., II., … afresh each meeting
  | 'none'; // headings only, no numbers

export interface ItemExpectation {
  readonly number: string | null;
  readonly title: string;
  /** Sub-items that carry a title (`4.1 Reserves policy`, `(a) Charging policy`), in order. */
  readonly subItems?: ReadonlyArray<{ readonly number: string; readonly title: string }>;
}

export interface PersonExpectation {
  readonly list: ListKind;
  readonly name: string;
  readonly title?: string;
  readonly role?: string;
  readonly initials?: string;
  readonly qualifiers?: readonly string[];
  /** The council, ward or body the person represents (a column or brackets after the name): not a role. */
  readonly organisation?: string;
  /** The membership category of a legend (`(FG)` → `Foundation Governor`): not a role. */
  readonly category?: string;
}

export interface ActionExpectation {
  /** The item's number as printed; null when the action stands outside any item. */
  readonly item: string | null;
  readonly text: string;
  readonly owners: readonly string[];
  readonly due?: string;
}

export interface DecisionExpectation {
  readonly item: string | null;
  readonly text: string;
}

export type StatusWord = 'done' | 'open' | 'carried forward' | 'dropped';

export interface StatusExpectation {
  /** The earlier action's reference as printed, or its first words when it has none. */
  readonly ref: string;
  readonly status: StatusWord;
  /** The status as the document writes it (`Complete`, `cf`, `[DONE]`, `- [x]`, `G`). */
  readonly written: string;
}

export interface DocumentExpectation {
  /** The document, relative to test/fixtures: `layouts/01-council-committee-pdf.txt`. */
  readonly file: string;
  readonly title: string;
  /** The meeting's date, ISO: `2025-03-14`. */
  readonly date: string;
  readonly numbering: SchemeName;
  /** Every item, in order: nothing else is an item. */
  readonly items: readonly ItemExpectation[];
  /** Every person of every attendance list, in the order printed. */
  readonly people: readonly PersonExpectation[];
  readonly actions: readonly ActionExpectation[];
  readonly decisions: readonly DecisionExpectation[];
  readonly statuses: readonly StatusExpectation[];
  /**
   * Numbering warnings the reader agrees the document deserves (rule codes: `duplicate-number`,
   * `number-out-of-sequence`, `year-mismatch`, `malformed-number`), when the printed numbering
   * really has that fault; say why in `notes`. Any other numbering warning is a false alarm.
   */
  readonly alarms?: readonly string[];
  /** What the reader noticed that the fields above cannot hold (free text, for the next reader). */
  readonly notes?: readonly string[];
}
