/**
 * A line's signature: what its recognisers' first tests look for, found once a line so that a
 * recogniser that cannot take it is not asked at all (`Recogniser.starts`/`needs`, `InlineRecogniser`'s
 * alike; the driver and `recogniseContent` skip it). Two numbers: the class of its first character
 * (`startOf`), and what it holds (`holdsOf`: characters, in one pass, no pattern; and for a line of an
 * item, the words below). A gate is only ever a necessary condition of the recogniser's own first
 * test: where it is met the recogniser runs as before, so the lines each reads are unchanged
 * (test/unit/keywords.test.ts asks every recogniser of both tables, on every line of the fixtures and
 * on lines in other boards' words, with the gates and without them).
 *
 * The words of a line the inline recognisers' first tests look for, found in one scan of the line.
 * Every line of every item is asked by some twenty recognisers, each of which first tests the line
 * for a word it cannot do without (`action`, `motion`, `resolved` …): a scan of the line each. One
 * scan here tells them all which of their words the line holds at all; a recogniser whose word is
 * absent is done, and one whose word is there runs its own first test as before. So a word here is
 * only ever a necessary condition: the set of lines each recogniser reads is unchanged. A word a
 * recogniser's family writes must be here (test/unit/keywords.test.ts asks each gated recogniser, on
 * lines in other boards' words, to read the same with the gate as without it).
 */
import { isBlankUnit } from '../../unitClass';
import { keepsLastAnswers } from '../../forms/lastAnswer';
/** `action` (any case). */
export const W_ACTION = 1;
/** `motion`, `moved`, `consensus`, `propos` (`Proposed by Cllr Ames, seconded by …`), `m/s` (`M/S: Ochoa/Sato to …`). */
export const W_MOTION = 2;
/** `agreed`, `resolved`, `decided`. */
export const W_AGREED = 4;
/** The words of a published decision: `resol` (and `esolve`, a motion's `resolves` heading), `decisi`, `decided`, `agreed`, `ratified`, `homologated`, `approved`, `noted`, `endorsed`, `propos`, `received`, `adopted`, `accepted`, `consensus` (`**Consensus:** …`). */
export const W_DECIDE = 8;
/** The status words of an action told in prose: `deferred`, `postponed`, `carried`, `complete`, `closed`, `done`, `progress`, `ongoing`, `outstanding`, `withdrawn`, `cancel` (`cancelled`, `canceled`), `actioned`, `discharged`, `achieved`, `finished`, `superseded`, `dropped`, `pending`, `overdue`, `delayed`, `longer` (`No longer needed`), `not needed`, `rolled` (`Rolled over to Summer 1`), `on target`, and `open` (a log's `CGC/25/15 – Open`, a tracker's `remains open`); and a line that ends in a capital letter alone, a RAG letter in a log's last cell (`… Feb 2026   B`); and every other word of forms/statuses.ts VOCABULARY (`carry`, `c/f`, `on hold`, `new` …), which a log's row may end in. */
export const W_STATUS = 16;
/** `record`, `correction`, `amendment`, `change` (`RECORD_WORDS`), and the minutes approved `as distributed` (`as circulated`, `as presented` …: `RECORD_AS`). */
export const W_RECORD = 32;
/** The words of an approval of the minutes: `as a correct record`, `with one correction`, `without changes`. */
export const RECORD_WORDS: readonly string[] = ['record', 'correction', 'amendment', 'change'];
/** How minutes are approved as they were sent out (`… were approved as distributed`): publishedDecisions.ts RECORD reads them, W_RECORD finds them. */
export const RECORD_AS: readonly string[] = ['distributed', 'circulated', 'presented', 'submitted', 'amended', 'corrected', 'written', 'printed'];
/**
 * What an arrival or a departure is written with (`matchArrivals`' first test, arrivals.ts):
 * ` the meeting`, ` the room`, ` the chamber`, ` arrived`, `withdrew`, ` returned`, `rejoined`, `re-joined`. (Above the characters' bits
 * below: one number holds both.)
 */
export const W_ARRIVAL = 1 << 12;
/**
 * What an adjournment, a reconvening, or a member's not returning after one is written with
 * (`matchAdjournments`' and `matchNotReturned`'s first tests, proceedings/adjournment.ts): `djourn`,
 * `econven`, `esumed`, `did not`.
 */
export const W_ADJOURN = 1 << 13;
/** `next` (any case): what a line that mentions the next meeting holds (`mentionsNextMeeting`'s first word). */
export const W_NEXT = 1 << 14;
/**
 * A verb an undertaking or a request needs (`undertakings.ts` MAY) with a blank after it: `to `,
 * `will `, `would `, `undertook `, `agreed `, `offered `, `directed `, `asked `, `requested `,
 * `instructed `, `tasked `, a tab after them read as any unit that is no letter nor space (the
 * automaton's class 0). And a line that ends in one of the verbs, in any case, whatever stands before it
 * (`… the Clerk agreed to`: `endsInVerb`'s, a run of lower-case letters that is the verb, implies it):
 * `sign` reads it off the automaton's last state (END_VERB), so that the row's gate holds both of the
 * reader's first tests.
 */
export const W_UNDERTAKE = 1 << 15;
/** The verbs of W_UNDERTAKE, as `undertakings.ts` MAY writes them. */
export const UNDERTAKING_VERBS: readonly string[] = ['to', 'will', 'would', 'undertook', 'agreed', 'offered', 'directed', 'asked', 'requested', 'instructed', 'tasked'];

/** `minute` (any case): what a status told of a minute names (statusProse.ts MAY's word). Above H_DIGIT and the holds' bits. */
export const W_MINUTE = 1 << 18;

/**
 * Each word with the groups it belongs to, in lower case. A word that starts with another
 * (`resolved`, `resol`) carries both groups, as the line that holds it holds both.
 */
const WORDS: ReadonlyArray<readonly [string, number]> = [
  ['actioned', W_ACTION | W_STATUS], ['action', W_ACTION],
  ['motion', W_MOTION], ['consensus', W_MOTION | W_DECIDE], ['m/s', W_MOTION],
  ['resolved', W_AGREED | W_DECIDE], ['resol', W_DECIDE],
  // (a motion's `… resolves` heading as its reader's first test finds it, `esolve`: motionResolves.ts)
  ['esolve', W_DECIDE],
  ['decided', W_AGREED | W_DECIDE], ['decisi', W_DECIDE],
  ['agreed', W_AGREED | W_DECIDE],
  ['ratified', W_DECIDE], ['homologated', W_DECIDE], ['approved', W_DECIDE], ['noted', W_DECIDE], ['endorsed', W_DECIDE],
  ['proposed clos', W_DECIDE | W_MOTION | W_STATUS], ['propose clos', W_DECIDE | W_MOTION | W_STATUS], ['propos', W_DECIDE | W_MOTION], ['received', W_DECIDE], ['adopted', W_DECIDE], ['accepted', W_DECIDE],
  ['deferred', W_STATUS], ['postponed', W_STATUS], ['carried', W_STATUS], ['complete', W_STATUS], ['closed', W_STATUS],
  ['done', W_STATUS], ['progress', W_STATUS], ['ongoing', W_STATUS], ['outstanding', W_STATUS], ['withdrawn', W_STATUS], ['cancel', W_STATUS],
  ['discharged', W_STATUS], ['achieved', W_STATUS], ['finished', W_STATUS], ['superseded', W_STATUS], ['dropped', W_STATUS],
  ['pending', W_STATUS], ['overdue', W_STATUS], ['delayed', W_STATUS], ['open', W_STATUS], ['rolled', W_STATUS],
  // (`no longer needed`, `no longer required`, `not needed`: forms/statuses.ts's dropped actions)
  ['longer', W_STATUS], ['not needed', W_STATUS],
  // (`not proceeding`, `not pursued`, `not being pursued`: dropped too)
  ['not proceed', W_STATUS], ['pursued', W_STATUS],
  // (`still awaited`: a running action; `AWAITING RESPONSE` too)
  ['awaited', W_STATUS], ['awaiting', W_STATUS],
  // (a running action `on target`, a log's word for `on track`)
  ['on target', W_STATUS],
  // the rest of the status words a log's cell or a review's line may end in (forms/statuses.ts VOCABULARY): a row's
  // status word is any of them, so the gate of the recognisers that read one holds them all (`4.3 … Carry` ⏎ `forward.`)
  ['carry', W_STATUS], ['c/f', W_STATUS], ['b/f', W_STATUS], ['cf', W_STATUS], ['drop', W_STATUS], ['doing', W_STATUS],
  ['pushed', W_STATUS], ['moved', W_MOTION | W_STATUS], ['held', W_STATUS], ['removed', W_STATUS], ['answered', W_STATUS],
  ['on hold', W_STATUS], ['in hand', W_STATUS], ['at risk', W_STATUS], ['on track', W_STATUS], ['off track', W_STATUS],
  ['started', W_STATUS], ['under way', W_STATUS], ['brought', W_STATUS], ['revised date', W_STATUS], ['canc', W_STATUS],
  ['wont', W_STATUS], ['won', W_STATUS], ['new', W_STATUS], ['not yet', W_STATUS], ['not do', W_STATUS],
  ...RECORD_WORDS.map((w): readonly [string, number] => [w, W_RECORD]), ...RECORD_AS.map((w): readonly [string, number] => [`as ${w}`, W_RECORD]),
  [' the meeting', W_ARRIVAL], [' the room', W_ARRIVAL], [' the chamber', W_ARRIVAL], [' arrived', W_ARRIVAL], ['withdrew', W_ARRIVAL],
  // (a bare `Mr Quist returned.`, `… and rejoined at 7:49 p.m.`)
  [' returned', W_ARRIVAL], ['rejoined', W_ARRIVAL], ['re-joined', W_ARRIVAL],
  ['djourn', W_ADJOURN], ['econven', W_ADJOURN], ['esumed', W_ADJOURN], ['did not', W_ADJOURN],
  ['next', W_NEXT],
  ['minute', W_MINUTE],
  ...UNDERTAKING_VERBS.flatMap((v): Array<readonly [string, number]> => [[`${v} `, W_UNDERTAKE], [`${v}\t`, W_UNDERTAKE]]),
];
/** A letter's class, either case: 1-26; a space 27; a slash 28; any other unit 0. */
const UNIT = new Uint8Array(128);
for (let l = 0; l < 26; l++) UNIT[65 + l] = UNIT[97 + l] = l + 1;
UNIT[32] = 27;
// a slash, for the one word that holds it: a motion's `M/S:` (mover/seconder, as Californian boards write it)
UNIT[47] = 28;
/** The classes a state moves on (a power of two, so that a state's row starts at a multiple of it). */
const CLASSES = 32;
/**
 * The slot of a state's row that holds the groups of every word that ends on arriving there (no class
 * is this one: UNIT gives 0-27). In the row beside its moves, so the groups take a whole number (no
 * limit to the words' groups but its 32 bits) and one look-up, off the chain of steps, reads them.
 */
const GROUPS_SLOT = CLASSES - 1;
/**
 * The words as one automaton over the letters (Aho–Corasick): one step a character, whatever the
 * number of words, and no match object, string or restart made per word found. It finds every word
 * wherever it stands, inside another (`unresolved`) or ending inside one (`recorded`): the union of
 * the groups of every word the line holds, which is what a scan of their alternation restarted one
 * place on after each match gave, since where two words start at one place the longer is listed
 * first and carries the shorter's groups (`actioned`, `resolved`). In any case as the `i` flag reads
 * ASCII letters; no unit beyond ASCII is a letter of a word (without the `u` flag, `i` folds none
 * of them onto one). The regular expression of the words' trie cost twice as much a character.
 * (`MOVES`, beside the characters' bits: one scan of the line, `sign`, gives both.)
 *
 * The groups of the words `text` holds, in any case.
 */
export function keywordsOf(text: string): number {
  sign(text);
  return signedWords;
}

/**
 * The automaton's moves, one row of CLASSES a state (state 0, the root, first): where each class
 * leads from the state (its row's start), and in GROUPS_SLOT the groups of every word that ends on
 * arriving at the state.
 */
function automaton(words: ReadonlyArray<readonly [string, number]>): Int32Array {
  // the trie of the words
  const child: Int32Array[] = [new Int32Array(CLASSES).fill(-1)];
  const groups: number[] = [0];
  for (const [w, g] of words) {
    let s = 0;
    for (let k = 0; k < w.length; k++) {
      const u = UNIT[w.charCodeAt(k)];
      if (child[s][u] < 0) { child[s][u] = child.length; child.push(new Int32Array(CLASSES).fill(-1)); groups.push(0); }
      s = child[s][u];
    }
    groups[s] |= g;
  }
  // every state's moves, breadth first: a class with no child goes where the longest suffix that is
  // a state goes (its failure), and a state carries the groups of the words that end its suffixes
  const next = new Int32Array(child.length * CLASSES);
  const failure = new Int32Array(child.length);
  const queue: number[] = [];
  for (let u = 0; u < CLASSES; u++) if (child[0][u] > 0) { next[u] = child[0][u]; queue.push(child[0][u]); }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    groups[s] |= groups[failure[s]];
    for (let u = 0; u < CLASSES; u++) {
      const t = child[s][u];
      const via = next[failure[s] * CLASSES + u];
      if (t > 0) { failure[t] = via; next[s * CLASSES + u] = t; queue.push(t); } else next[s * CLASSES + u] = via;
    }
  }
  const moves = new Int32Array(next.length);
  for (let k = 0; k < next.length; k++) moves[k] = (k & (CLASSES - 1)) === GROUPS_SLOT ? groups[k / CLASSES | 0] : next[k] * CLASSES;
  return moves;
}

// ---- the characters of the line ---------------------------------------------------------------
// (bits above the word groups': one number holds both)

/** A `:` (a field, a keyword's colon). */
export const H_COLON = 1 << 6;
/** A `(`. */
export const H_PAREN = 1 << 7;
/** A `?`. */
export const H_QUESTION = 1 << 8;
/** `by`, in lower case (`Presented by`, `introduced by`). */
export const H_BY = 1 << 9;
/** Its first character that is not blank is a capital A-Z. */
export const H_CAPITAL_START = 1 << 10;
/**
 * It may be a heading (`isHeadingLike`): at most 71 characters once trimmed, and none of `.` `?`
 * `!` `;` `,` nor a digit.
 */
export const H_HEADING = 1 << 11;
/** A digit 0-9 (`line.words` holds it with the words' groups). */
export const H_DIGIT = 1 << 16;
/**
 * A tab, or two spaces in a row: where a flattened table's cells part (a grid's heading row, a log's
 * row), which a search of a long line for two spaces costs (the automaton finds the two spaces as a
 * word, the tab is a character's bit).
 */
export const H_GAP = 1 << 24;

/**
 * A dash that may part a row's cells (`Dog park lighting – in design`): an en or em dash anywhere, or a
 * hyphen between spaces (the automaton's ` - `, whose middle is any unit that is no letter, space nor
 * slash: ` & ` holds it too, a gate only ever lets more through). statusReviews.ts MAY_DASH's test.
 */
export const H_DASH = 1 << 19;

/**
 * An undertaking's verb without the blank after it (W_UNDERTAKE's): no word's group nor character's
 * bit, read only where the line ends (the automaton's last state's groups: a verb ends there).
 */
const END_VERB = 1 << 20;
/**
 * The line ends in a letter (a-z, A-Z; after its blanks): a cell of an owner or a role at its end
 * (`… would chase.      Clerk`, `… by June.  FD`: publishedActions.ts). END_VERB's bit, which the
 * holds never carry (it is the automaton's, read off its last state into W_UNDERTAKE).
 */
export const H_END_LETTER = 1 << 20;
/**
 * The automaton of the words, and of `by` in any case: its group is H_BY's bit, which no word's group
 * uses (a line that holds no `by` in any case holds none in lower case; `sign` confirms the case only
 * where one is found). The scan of a line for its words thus also finds it, without a search of its own;
 * and two spaces in a row alike (H_GAP's, exact: a space is a class of its own).
 */
const MOVES = automaton([...WORDS, ['by', H_BY], ['  ', H_GAP], [' - ', H_DASH], ...UNDERTAKING_VERBS.map((v): readonly [string, number] => [v, END_VERB])]);
/** The groups of the words (not H_BY, a character's bit). */
const WORD_MASK = WORDS.reduce((m, [, g]) => m | g, 0);
/** A `.` `?` `!` `;` `,` or a digit: what no heading holds (H_HEADING). Above the holds' bits of HOLD. */
const STOP = 1 << 17;
/** The characters `sign` marks, by ASCII code: what the line holds (H_COLON, H_PAREN, H_QUESTION, H_DIGIT), and STOP. */
const HOLD = new Int32Array(128);
HOLD[58] = H_COLON;
HOLD[9] = H_GAP;
HOLD[40] = H_PAREN;
HOLD[63] = H_QUESTION | STOP;
for (const c of '.!;,') HOLD[c.charCodeAt(0)] |= STOP;
for (let d = 48; d <= 57; d++) HOLD[d] = H_DIGIT | STOP;
/**
 * What `sign` reads of each ASCII character in one look-up: its class (UNIT, below CLASSES: the low
 * bits) with what HOLD marks of it (above them).
 */
const CHAR = new Int32Array(128);
for (let c = 0; c < 128; c++) CHAR[c] = UNIT[c] | HOLD[c];

/** What `text` holds of the characters above. */
export function holdsOf(text: string): number {
  sign(text);
  return signedHolds;
}

// ---- the line's context ----------------------------------------------------------------------
// (bits the words and characters leave free: content/context.ts `contextOf` sets them, once a line)

/** The item's title reviews the earlier actions (`isReviewTitle`: `Matters arising`, `Action log`). */
export const C_REVIEW = 1 << 21;
/** The item's title reviews them or leads a review (`titleLeadsReview` too). */
export const C_REVIEW_LEAD = 1 << 22;
/** The item's title is about attendance (`attendanceItem`: `Apologies for absence`, `Roll call`). */
export const C_ATTENDANCE = 1 << 23;
/** An adjournment of the item has been read (a roll call may follow the reconvening). */
export const C_ADJOURNED = 1 << 25;
/** The item's title mentions the next meeting (its paragraphs may give its date). */
export const C_NEXT_TITLE = 1 << 26;
/** A decision heading is open (`Noted` over its paragraphs: content/decisionHeadings.ts). */
export const C_DECISION_HEADING = 1 << 27;
/** A register of attendance is open (recognisers/peopleForms.ts). */
export const C_REGISTER = 1 << 28;
/** The item's last motion has no result yet (content/proceedings.ts `openMotion`). */
export const C_MOTION = 1 << 29;
/** The meeting says its actions are in bold (a bold sentence of an item is one). */
export const C_BOLD = 1 << 30;
/** The file's items are headings without numbers (layout.ts `headings`: a wiki, a scribe's minutes). */
export const C_HEADING_ITEMS = 1 << 31;
/** A review of the item waits for the response to an action it recalled (content/priorActions.ts). (STOP's bit: no line's words hold it.) */
export const C_PRIOR = 1 << 17;

// ---- the segment's context ------------------------------------------------------------------
// (bits the characters leave free in what the driver reads of a segment, `holds`: parse/driver.ts
// sets them, once a segment, for the line recognisers' gates; a line's words never hold them, nor a
// segment's holds the C_ bits above, so the two may share a bit)

/** The open item's last motion has no result yet (content/proceedings.ts `openMotion`). */
export const B_MOTION = 1 << 28;
/** The segment opens as a number of an item may (numbers.ts: a digit, or `Item`): its first character a digit or an `i`. */
export const B_NUMBER_START = 1 << 27;
/** The file's items are read in the board's own numbering (layout.ts `heads`): its heads are known by line. */
export const B_OWN_NUMBERING = 1 << 26;
/** The segment opens with a small letter or `(`, as a lettered paragraph does (`(c) Title`, `c. Title`). */
export const B_SMALL_START = 1 << 25;
/** The segment is a heading (`seg.heading`). */
export const B_HEADING = 1 << 29;
/** An item's number waits for its title (`state.pendingTitle`). */
export const B_PENDING = 1 << 30;
/** No item has been read yet, none open (a people block's place). */
export const B_BEFORE_ITEMS = 1 << 31;
/**
 * The segment is no person's own line in an open list (`Claire Bell : Chief Executive` under `Present:`,
 * recognisers/peopleBlocks.ts `isListedPersonLine`): set on every other segment. The readers of a list's
 * start ask it (a line of the list is the person reader's).
 */
export const B_NOT_LISTED_PERSON = 1 << 21;

// ---- the first character of the line ------------------------------------------------------------
// (the first that is not blank, as `\s` and `trim` take blanks: a test anchored after `^[ \t]*` or
// on the trimmed line sees it too; a letter in either case)

/** First letters, a-z or A-Z, as one class mask: `startLetters('tmc')`. */
export function startLetters(letters: string): number {
  let m = 0;
  for (const l of letters) m |= 1 << ((l.charCodeAt(0) | 32) - 97);
  return m;
}
/** A digit 0-9. */
export const S_DIGIT = 1 << 26;
/** `(` or `[`. */
export const S_OPEN = 1 << 27;
/** A bullet or an emphasis mark: `-` `*` `_` `+` `•`. */
export const S_MARK = 1 << 28;
/** `#`. */
export const S_HASH = 1 << 29;
/** Anything else, or nothing (a blank line). */
export const S_OTHER = 1 << 30;
/**
 * The segment began with a bullet, which its text no longer holds (text.ts trims it): a gate that
 * opens to a bullet's line whatever its first character (`segmentStarts`; a line of an item never has it).
 */
export const S_BULLET = 1 << 31;
/** No gate: every first character. */
export const S_ANY = ~0;

/** The class of `text`'s first character that is not blank. */
export function startOf(text: string): number {
  sign(text);
  return signedStarts;
}

/**
 * A segment's classes as the driver's gates see them: its text's first character's (`startOf`), and S_BULLET where it
 * began with a bullet. `source` and `from`: where the segment's text stands as `source.slice(from, from + text.length)`,
 * its characters read there (the file's text, which the engine holds as one run of characters, where the segment's own
 * text is a view into it, each character read through the view: the signature's loop ran a third slower so).
 */
export function segmentStarts(seg: { readonly text: string; readonly bullet: boolean }, source = seg.text, from = 0): number {
  sign(seg.text, source, from);
  return seg.bullet ? signedStarts | S_BULLET : signedStarts;
}

// The last text signed: the driver signs a segment, and `recogniseContent` the same text again
// when it is an item's line from its start.
let signed: string | undefined;
keepsLastAnswers(() => { signed = undefined; });
let signedStarts = S_OTHER;
let signedHolds = 0;
let signedWords = 0;

/**
 * Works out `text`'s signature in one pass over it: the automaton's step for the words, and what
 * HOLD marks of each character (read with its class, CHAR; off the automaton's chain of steps, so
 * nearly free), where a
 * search of the string for each character, and a scan for the heading's stops, each read it again.
 */
function sign(text: string, source: string = text, from = 0): void {
  if (text === signed) return;
  signed = text;
  let at = 0;
  let found = 0;
  let held = 0;
  const end = from + text.length;
  for (let k = from; k < end; k++) {
    const c = source.charCodeAt(k);
    let u = 0;
    if (c < 128) { const h = CHAR[c]; held |= h; u = h & (CLASSES - 1); } else if (c === 0x2013 || c === 0x2014) held |= H_DASH;
    at = MOVES[at + u];
    found |= MOVES[at + GROUPS_SLOT];
  }
  signedWords = found & WORD_MASK;
  if ((MOVES[at + GROUPS_SLOT] & END_VERB) !== 0) signedWords |= W_UNDERTAKE;
  let s = 0;
  let e = text.length;
  while (s < e && isBlankUnit(text.charCodeAt(s))) s++;
  while (e > s && isBlankUnit(text.charCodeAt(e - 1))) e--;
  // a log's row whose status is a RAG letter alone, its last cell (`ARC/25/41.2   Review of …   TB   Feb 2026   B`):
  // a status word to the status recognisers' gates (`matchStatusRow` reads the letter by the log's key)
  if (e - s >= 2 && text.charCodeAt(e - 1) >= 65 && text.charCodeAt(e - 1) <= 90 && isBlankUnit(text.charCodeAt(e - 2))) signedWords |= W_STATUS;
  let h = (held | found) & (H_COLON | H_PAREN | H_QUESTION | H_DIGIT | H_GAP | H_DASH);
  if ((found & H_BY) !== 0 && text.indexOf('by') >= 0) h |= H_BY;
  if (s === e) { signedStarts = S_OTHER; signedHolds = h; return; }
  const z = text.charCodeAt(e - 1) | 32;
  if (z >= 97 && z <= 122) h |= H_END_LETTER;
  const c = text.charCodeAt(s);
  if (c >= 65 && c <= 90) h |= H_CAPITAL_START;
  if (e - s <= 71 && (held & STOP) === 0) h |= H_HEADING;
  signedHolds = h;
  const l = c | 32;
  signedStarts = l >= 97 && l <= 122 ? 1 << (l - 97)
    : c >= 48 && c <= 57 ? S_DIGIT
      : c === 40 || c === 91 ? S_OPEN
        : c === 45 || c === 42 || c === 95 || c === 43 || c === 0x2022 ? S_MARK
          : c === 35 ? S_HASH : S_OTHER;
}
