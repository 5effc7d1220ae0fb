/**
 * Motions as North American councils and boards minute them: the decision is the motion's words
 * from `to` / `that`, the mover and seconder stand before them, the vote follows on its own lines.
 * - `Motion by Haney, second by Ortega, to approve the agenda …`
 * - `Motion made by Council Member Ruiz and seconded by Council Member Baptiste to adopt …`
 * - `Moved by Trustee Alvarez, seconded by Trustee Kim, that the board approve …`
 * - `It was moved by X and seconded by Y to …`, `It was MOVED by X, seconded by Y, to …`, `A motion was made by X, seconded by Y, to …`
 * - `MOVED by Cllr Smith, seconded by Cllr Lee: That …` (Australian and New Zealand councils)
 * - the whole motion in capitals, as some township clerks type it: `MOTION BY WHITFIELD, SECOND BY AKERS, TO ADOPT …`
 * - `Haney moved, Ortiz seconded, to approve …`, `Cllr Crane proposed, Cllr Roper seconded, all in favour, that …`
 * - `Ekdahl moved, Ferreira seconded, adoption of Resolution No. 2025-41 …` (no `to`: the motion's noun starts the decision)
 * - as UK councils write it: `Proposed by Cllr Ames, seconded by Cllr Bell, that …`, `It was proposed by …`
 * - a wiki's bracketed record of mover and seconder before the words: `Proposal (KD, seconded PT): accept …`, `Motion (Jo Morrow, seconded by Kamal Dutt): that …`
 * - a Californian board's shorthand, mover and seconder after `M/S`: `M/S: Ochoa/Sato to approve the agenda as presented.`
 * - a council's web minutes, mover and seconder bracketed: `Motion (Ochoa/Sato) to approve the agenda. Carried.`
 * - a nonprofit board's web minutes, mover and seconder bracketed after the words: `Motion to approve the agenda (Dunn/Kim). Motion passed unanimously.`
 * - a council's PDF minutes, mover and seconder labelled: `MOTION: Ochoa / SECOND: Sato to approve the agenda.`
 * - a strata council's minutes as its property manager writes them, each name (or strata lot) bracketed after its verb:
 *   `It was MOVED (Brisebois) and SECONDED (Nair) to adopt …`, `MOVED (SL 12) / SECONDED (SL 40) THAT …`
 * - a working group's scribe, the motion's words first and its record on the lines below:
 *   `MOTION to approve the minutes as published.` ⏎ `Moved: Ana Ruiz / Second: Li Wei` ⏎ `VOTE: Against: 0; Abstain: 1; In favor: 6`
 * - a decision taken without a motion: `Consensus was to proceed.`, `Consensus of the Council was to …`
 * - a board's meeting software, the motion's words under a label and its record below them:
 *   `Motion & Voting` ⏎ `Approve the agenda as presented.` ⏎ `Motion by X, second by Y.` (matchMotionRecord)
 * Offsets are relative to the text given. Pure; never throws.
 */
import type { Span } from '../constructs';

export interface MotionForm {
  /** Where the motion starts (`Motion by …`, `Consensus was …`). */
  readonly start: number;
  /** The words before the decision (`Motion by Haney, second by Ortega,`, `Consensus was`). */
  readonly keyword: Span;
  readonly mover?: Span;
  readonly seconder?: Span;
  /** The decision: from `to` / `that` to the end of its sentence. */
  readonly text: Span;
  /** Decided without a motion (`Consensus was to proceed`). */
  readonly consensus: boolean;
  /**
   * The mover alone (`Senator Chu moved to approve …`): a motion only once its record, after its
   * sentence, says it was seconded or voted on (`The motion was seconded and carried.`); the words
   * alone may be no motion (`The Chair moved to item 7`). See `recordsMotion`.
   */
  readonly needsRecord?: boolean;
}

/** A title a council's minutes put before a member's name, and the name (one to three capitalised words). */
// (a name's letters with their accents, `Ibáñez`, `Núñez`: Latin-1 and Latin Extended-A/B, no `u` flag needed)
// (a New Zealand local board's offices before the name as its mover's: `MOVED by Deputy Chairperson G Pemberton, seconded by Member S Taufa:`)
const NAME = String.raw`((?:(?:Council[ \t]+Member|Councilmember|Councilwoman|Councilman|Commissioner|Alderman|Alderwoman|Alder|Trustee|Supervisor|Director|Mayor|Vice[ \t]+Mayor|Deputy[ \t]+Mayor|(?:Deputy[ \t]+)?Chair(?:person|man|woman)?|Member|Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z\u00C0-\u00DE][\w'’.\u00C0-\u024F-]*(?:[ \t]+[A-Z\u00C0-\u00DE][\w'’\u00C0-\u024F-]*){0,2})`;
// case matters for the names (a capital starts each), so the keywords carry their own capitals
/** The decision's first word after the motion: `to`, `that`, or `That` after a colon (`… seconded by Cllr Lee: That …`). */
// (after the colon, `That` before a capital too: `… seconded by Councillor Nguyen: That Council approve …`, as Australian councils open a resolution)
const DECISION_START = String.raw`(?=(?:to|that|That|THAT)[ \t]+[a-z]|(?:TO|THAT)[ \t]+[A-Z]|(?<=:[ \t]{0,4})That[ \t]+[A-Z])`;
/**
 * A motion put as the thing it does, no `to` (Minnesota councils: `Ekdahl moved, Ferreira seconded, approval
 * of the agenda …`, `adoption of Resolution No. 2025-41 …`, `enactment of Ordinance No. 1688 …`,
 * `adjournment of the meeting …`): the noun and its `of` start the decision. Asked only after a named
 * mover and seconder (MOVED_SECONDED), where nothing else could follow.
 */
const NOUN_START = String.raw`(?=(?:approval|adoption|enactment|adjournment|acceptance|authori[sz]ation|ratification|award|denial|appointment|confirmation|passage|introduction|reappointment)[ \t]+of[ \t])`;
/**
 * The council's word after its mover and seconder (`Proposed by Cllr X, seconded by Cllr Y and agreed that …`, `… and
 * RESOLVED to …`, `… and it was unanimously agreed that …`, a Welsh community council's and an English parish's way):
 * part of the record, the decision's words start after it.
 */
const AGREED_AFTER = String.raw`(?:(?:and|AND)[ \t]+(?:(?:it|IT)[ \t]+(?:was|WAS)[ \t]+)?(?:(?:unanimously|UNANIMOUSLY)[ \t]+)?(?:agreed|AGREED|resolved|RESOLVED|carried|CARRIED)[ \t]*(?:,[ \t]*)?)`;
// (each pattern's letter first after a stop, then the lookbehind: asked at each blank of a long run of them, the
// lookbehind alone went back over the run each time)
const MOTION = new RegExp(
  String.raw`(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))((?:[Ii]t[ \t]+was[ \t]+(?:moved|proposed|MOVED|PROPOSED)|IT[ \t]+WAS[ \t]+(?:MOVED|PROPOSED)|[Aa][ \t]+motion[ \t]+was[ \t]+made|(?:[Mm]otion|MOTION)(?:[ \t]+(?:was[ \t]+)?made)?|[Mm]oved|MOVED|[Pp]roposed|PROPOSED)[ \t]+(?:by|BY)[ \t]+${NAME}[ \t]*(?:,[ \t]*)?(?:(?:(?:and|AND)[ \t]+)?(?:[Ss]econd(?:ed)?|SECOND(?:ED)?)[ \t]+(?:by|BY)[ \t]+${NAME}[ \t]*(?:[,:][ \t]*)?)?${AGREED_AFTER}?)${DECISION_START}`,
);
/**
 * `Haney moved, Ortiz seconded, to approve …` (Robert's Rules minutes), `Cllr Crane proposed, Cllr
 * Roper seconded, all in favour, that …` (a parish clerk's, the result before the motion's words):
 * the same groups as MOTION's.
 */
const MOVED_SECONDED = new RegExp(
  String.raw`(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))(${NAME}[ \t]+(?:moved|proposed)[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?${NAME}[ \t]+seconded[ \t]*(?:,[ \t]*)?(?:(?:all[ \t]+in[ \t]+favou?r|unanimously|carried(?:[ \t]+unanimously)?)[ \t]*,[ \t]*)?)(?:${DECISION_START}|${NOUN_START})`,
);
/**
 * The mover alone, or with the seconder after `by` (Robert's Rules minutes of senates and boards):
 * `Senator Chu moved to approve the agenda …`, `Trustee Ruiz moved, seconded by Trustee Kim, that
 * …`. Without a seconder the sentence is no motion until its record says so (`needsRecord`).
 */
const MOVED_ALONE = new RegExp(
  String.raw`(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))(${NAME}[ \t]+(?:moved|MOVED)[ \t]*(?:,[ \t]*(?:and[ \t]+)?(?:seconded|SECONDED)[ \t]+(?:by|BY)[ \t]+${NAME}[ \t]*,[ \t]*)?)${DECISION_START}`,
);
/**
 * `RESOLVED ON THE MOTION OF COUNCILLOR ROSS, seconded by COUNCILLOR NGUYEN, THAT …` (a New South
 * Wales council's resolution, the mover and seconder inside it): the resolution's words start at
 * `THAT` (`THAT:` over its numbered parts). Opening its line; the seconder's `by` may be left out
 * (`on the motion of Cr Amos, seconded Cr Bell, that …`) or the two joined by `and` (`on the motion of
 * Councillors Amos and Bell that …`). The same groups as MOTION's.
 */
const MOTION_OF = new RegExp(
  String.raw`^[ \t]*((?:[Rr]esolved|RESOLVED)[ \t]+(?:on|ON)[ \t]+(?:the|THE)[ \t]+(?:motion|MOTION)[ \t]+(?:of|OF)[ \t]+${NAME}[ \t]*(?:,[ \t]*)?(?:(?:(?:and|AND)[ \t]+)?(?:(?:[Ss]econded|SECONDED)(?:[ \t]+(?:by|BY))?[ \t]+)?${NAME}[ \t]*(?:[,:][ \t]*)?)?)(?=(?:that|That|THAT)(?:[ \t:]|$))`,
);
/** MOTION_OF's words, its cheap first test. */
const MAY_MOTION_OF = /^[ \t]*resolved[ \t]+on[ \t]/i;
/** `It was moved and seconded that …`, `Moved and seconded to …`: no one named, the motion seconded. */
const MOVED_AND_SECONDED = new RegExp(
  String.raw`(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))((?:[Ii]t[ \t]+was[ \t]+(?:duly[ \t]+|regularly[ \t]+)?(?:moved|MOVED)|IT[ \t]+WAS[ \t]+MOVED|[Mm]oved|MOVED)[ \t]+(?:and|AND)[ \t]+(?:duly[ \t]+)?(?:seconded|SECONDED)[ \t]*(?:,[ \t]*)?)${DECISION_START}`,
);
/**
 * `Proposal (KD, seconded PT): accept the quote …` (a society's wiki minutes): the mover and the
 * seconder in brackets after the word, the motion's words after the colon, whatever their first word
 * (the bracket and colon already mark where they start). The same groups as MOTION's.
 */
const BRACKETED = new RegExp(
  String.raw`(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))((?:[Pp]roposal|PROPOSAL|[Mm]otion|MOTION)[ \t]*\([ \t]*(?:(?:proposed|moved)[ \t]+(?:by[ \t]+)?)?${NAME}[ \t]*[,;][ \t]*(?:[Ss]econd(?:ed)?|SECONDED)(?:[ \t]+by)?[ \t]+${NAME}[ \t]*\)[ \t]*:[ \t]*)(?=[A-Za-z"'‘“])`,
);
/**
 * `Motion (Ochoa/Sato) to approve …` (a North American council's web minutes): mover and seconder
 * in brackets, a slash between, before the motion's words. The same groups as MOTION's.
 */
const SLASHED = new RegExp(String.raw`(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))((?:[Mm]otion|MOTION)[ \t]*\([ \t]*${NAME}[ \t]*\/[ \t]*${NAME}[ \t]*\)[ \t]*(?:[,:][ \t]*)?)${DECISION_START}`);
/**
 * `It was MOVED (Brisebois) and SECONDED (Nair) to adopt …` (a Canadian strata council's minutes as
 * its property manager issues them): each name, or the strata lot that stands for an owner (`(SL 12)`,
 * `(Unit 402)`), in brackets after its verb. The bracket's words are bounded and hold no bracket, so
 * nothing backtracks far. The same groups as MOTION's.
 */
const BRACKET_NAME = String.raw`\([ \t]*([A-Z0-9#][\w'’.#-]*(?:[ \t]+[A-Z0-9#][\w'’.#-]*){0,3})[ \t]*\)`;
const MOVED_BRACKETED = new RegExp(
  String.raw`(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))((?:(?:[Ii]t|IT)[ \t]+(?:was|WAS)[ \t]+)?(?:[Mm]oved|MOVED)[ \t]*${BRACKET_NAME}[ \t]*(?:[,/][ \t]*)?(?:(?:and|AND)[ \t]+)?(?:[Ss]econded|SECONDED)[ \t]*${BRACKET_NAME}[ \t]*(?:,[ \t]*)?)${DECISION_START}`,
);
/** `M/S: Ochoa/Sato to …` (mover/seconder, the motion's words after them): the same groups as MOTION's. */
const SHORTHAND = new RegExp(String.raw`^[ \t]*(M\/S(?:[ \t]*:)?[ \t]*${NAME}[ \t]*\/[ \t]*${NAME}(?:[ \t]*[,:])?[ \t]*)${DECISION_START}`);
/**
 * `MOTION: Alvarez / SECOND: Webb to approve …` (a North American council's PDF minutes): the mover
 * and seconder each after a label, a slash (or comma, semicolon) between, the motion's words after
 * them. Our markup's `MOTION: That …` names no seconder. The same groups as MOTION's.
 */
const MOVER_LABEL = String.raw`(?:MOTION|Motion|MOVED|Moved)[ \t]*:`;
const SECONDER_LABEL = String.raw`(?:SECOND(?:ED)?|Second(?:ed)?)[ \t]*:`;
const LABELLED = new RegExp(String.raw`^[ \t]*(${MOVER_LABEL}[ \t]*${NAME}[ \t]*[\/,;]?[ \t]*${SECONDER_LABEL}[ \t]*${NAME}(?:[ \t]*[,:])?[ \t]*)${DECISION_START}`);
/** A mover's or seconder's label closing a text (`… / SECOND: `): the name after it is the motion's, never an owner's (`SECOND: Webb to adjourn`). */
const LABEL_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z])(?:${MOVER_LABEL}|${SECONDER_LABEL})[ \t]*$`);

/** Whether `before` (the text before a name) ends in a motion's label for its mover or seconder (LABELLED's). */
export function endsInMotionLabel(before: string): boolean {
  return before.length > 0 && LABEL_BEFORE.test(before.slice(-16));
}
/**
 * `MOTION to approve …` opening its line, nobody named (a standards working group's scribe): the
 * mover and seconder are on the record below it (`Moved: … / Second: …`), so, like a mover alone, a
 * motion only once that record says so. Also `Motion: That clause 9.2 … be changed …` over its
 * `Proposed: … Seconded: …` (an association's or a club's general meeting changing its rules). Never
 * `MOTION:` in capitals (our markup's, proceedings/vote.ts).
 */
const MOTION_TO = new RegExp(String.raw`^(MOTION|Motion(?:[ \t]*:)?)[ \t]+${DECISION_START}`);
/**
 * The mover and seconder bracketed after the motion's words (`Motion to adopt the budget (Ochoa/Sato).`,
 * `Motion to adjourn (Kim/Raman) passed unanimously`): surnames, a slash between; the sentence ends
 * after it or its result follows. A bracket of other words (`(see attached)`, `(Yes/No) vote`) is none.
 */
const SURNAME = String.raw`[A-Z][\w'’.-]{0,30}(?:[ \t][A-Z][\w'’-]{0,30}){0,2}`;
const AFTER_WORDS = new RegExp(String.raw`[ \t]*\((${SURNAME})[ \t]*\/[ \t]*(${SURNAME})\)(?=[ \t]*(?:[.;,]|$|(?:the[ \t]+)?(?:motion[ \t]+)?(?:was[ \t]+)?(?:passed|carried|failed|approved|adopted)\b))`);
/** What records a motion after its sentence: it was seconded, or voted on (`The motion was seconded and carried by voice vote.`, `Seconded by …`, `Second: …`, `Motion passed 5-2.`). */
const RECORDED = /\b(?:second(?:ed)?|carried|passed|failed|adopted|defeated)\b/i;
/** MOTION's `[ \t]+by[ \t]+`, the word alone (`BY` in a motion printed in capitals). */
const BY = /[ \t](?:by|BY)[ \t]/;
const CONSENSUS = /(?:^|(?=[A-Za-z\u00C0-\u00DE])(?<=[.;:!?][ \t]+))(consensus(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]?[a-z]+)?[ \t]+was)[ \t]+(?=to[ \t]+[a-z])/i;
/** CONSENSUS's word: a scan for it alone is many times cheaper than the pattern's lookbehind at every place. */
const MAY_CONSENSUS = /consensus/i;
/** A sentence ends at `.` before a capital or the end, never at `No.` or `St.` before a number. */
const SENTENCE_END = /[.!?](?=[ \t]+[A-Z(]|[ \t]*$)|;/;

/** The first part's number after a resolution's opening (`THAT: 1`), before its stop. */
const PART_AFTER_OPENING = /:[ \t]+\d{1,2}$/;

function sentenceEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const m = SENTENCE_END.exec(text.slice(at));
    if (!m) return text.length;
    const e = at + m.index;
    // an abbreviation before the stop is no end ("Ms. Marsh", "St. Louis")
    if (text[e] === '.' && /\b(?:Ms|Mr|Mrs|Dr|St|No|Inc|Co|Corp|Ave|Rd)$/.test(text.slice(Math.max(from, e - 4), e))) { at = e + 1; continue; }
    // a resolution's part number after its opening's colon is no end (`THAT: 1. Council request …`)
    if (text[e] === '.' && PART_AFTER_OPENING.test(text.slice(Math.max(from, e - 6), e))) { at = e + 1; continue; }
    return e;
  }
}

/** The motion (or consensus) a text records, if any. */
export function matchMotion(text: string): MotionForm | undefined {
  if (text.length > 20000) return undefined;
  // each long pattern is asked only of a text holding words it cannot match without (a line of
  // decision words is asked, and most hold none): MOTION's ` by ` (not `by` in "Cllr Sowerby"), MOVED_SECONDED's `moved` or `proposed`
  const moved = text.includes('moved') || text.includes('MOVED');
  let m = (MAY_MOTION_OF.test(text) ? MOTION_OF.exec(text) : null) ?? ((text.includes('by') || text.includes('BY')) && BY.test(text) ? MOTION.exec(text) : null) ?? (moved || text.includes('proposed') ? MOVED_SECONDED.exec(text) : null)
    ?? (text.includes('(') && /econd|ECOND/.test(text) ? BRACKETED.exec(text) ?? (/oved|OVED/.test(text) ? MOVED_BRACKETED.exec(text) : null) : null)
    ?? (text.includes('M/S') ? SHORTHAND.exec(text) : null)
    ?? (text.includes('/') && text.includes('(') ? SLASHED.exec(text) : null)
    ?? (/ECOND:|econd:|ECONDED:|econded:/.test(text) ? LABELLED.exec(text) : null);
  let needsRecord = false;
  if (!m && moved) {
    m = MOVED_ALONE.exec(text);
    needsRecord = m !== null && m[3] === undefined;
    m ??= text.includes('econded') || text.includes('ECONDED') ? MOVED_AND_SECONDED.exec(text) : null;
  }
  let after: RegExpExecArray | null = null;
  if (!m && (text.includes('MOTION') || text.includes('Motion'))) {
    m = MOTION_TO.exec(text);
    after = m ? moverAfter(text, m.index + m[0].length) : null;
    needsRecord = m !== null && after === null;
  }
  if (m) {
    const ts = m.index + m[0].length;
    const span = (name: string | undefined, after: number): Span | undefined => {
      if (!name) return undefined;
      const s = text.indexOf(name, after);
      return { start: s, end: s + name.replace(/[ \t.,]+$/, '').length };
    };
    const mover = after ? span(after[1], after.index) : span(m[2], m.index);
    const seconder = after ? span(after[2], mover!.end) : m[3] ? span(m[3], mover ? mover.end : m.index) : undefined;
    const kwEnd = m.index + m[1].trimEnd().length;
    const form = { start: m.index, keyword: { start: m.index, end: kwEnd }, mover, seconder, text: { start: ts, end: after ? after.index : sentenceEnd(text, ts) }, consensus: false };
    return needsRecord ? { ...form, needsRecord } : form;
  }
  const c = MAY_CONSENSUS.test(text) ? CONSENSUS.exec(text) : null;
  if (c) {
    const ts = c.index + c[0].length;
    return { start: c.index, keyword: { start: c.index, end: c.index + c[1].length }, text: { start: ts, end: sentenceEnd(text, ts) }, consensus: true };
  }
  return undefined;
}

/** AFTER_WORDS in the motion's sentence from `ts`, its index in the text; null when the sentence has none. */
function moverAfter(text: string, ts: number): RegExpExecArray | null {
  const end = sentenceEnd(text, ts);
  const slash = text.indexOf('/', ts);
  if (slash < 0 || slash > end) return null;
  const sentence = text.slice(ts, end);
  const a = AFTER_WORDS.exec(sentence);
  // (the words before the bracket are the motion's: a bracket straight after `to` names nothing it moves)
  if (!a || a.index === 0) return null;
  a.index += ts;
  return a;
}

/**
 * A motion's record on its own line below its words, as a board's meeting software prints each
 * motion (BoardDocs): `Motion & Voting` ⏎ `Approve the agenda as presented.` ⏎ `Motion by Marcus Reid,
 * second by Priya Natarajan.` ⏎ `Final Resolution: Motion Carries`. The record line: its mover and seconder.
 */
const RECORD_LINE = new RegExp(String.raw`^[ \t]*((?:[Mm]otion|MOTION)(?:[ \t]+made)?[ \t]+(?:by|BY)[ \t]+${NAME}[ \t]*(?:,[ \t]*)?(?:(?:and|AND)[ \t]+)?(?:[Ss]econd(?:ed)?|SECOND(?:ED)?)[ \t]+(?:by|BY)[ \t]+${NAME})[ \t]*\.?[ \t]*$`);
/** The label over such a motion's words: `Motion & Voting`, `Motion and Voting`, `Motion:`. */
const RECORD_LABEL = /^[ \t]*(?:motions?(?:[ \t]*(?:&|and)[ \t]*voting)?)(?:[ \t]*:)?[ \t]*$/i;
/** A result line after the record that says the motion failed (`Final Resolution: Motion Fails`). */
const RECORD_LOST = /\bmotion[ \t]+(?:fails|failed|lost|defeated|withdrawn)\b/i;

/** A motion's record line (RECORD_LINE): the keyword (`Motion by …, second by …`), the mover and the seconder. */
export function matchMotionRecord(text: string): { readonly keyword: Span; readonly mover: Span; readonly seconder: Span } | undefined {
  if (text.length > 300 || !/^[ \t]*motion/i.test(text)) return undefined;
  const m = RECORD_LINE.exec(text);
  if (!m) return undefined;
  const ks = m.index + m[0].indexOf(m[1]);
  const ms = text.indexOf(m[2], ks);
  const ss = text.indexOf(m[3], ms + m[2].length);
  return { keyword: { start: ks, end: ks + m[1].length }, mover: { start: ms, end: ms + m[2].length }, seconder: { start: ss, end: ss + m[3].length } };
}

/**
 * A mover's or seconder's record on a line of its own, as Irish and UK councils print it over the
 * decision (`Proposed by Cllr Ames` ⏎ `Seconded by Cllr Bell` ⏎ `And agreed that …`): a motion's
 * record, never a heading of what follows.
 */
const RECORD_ALONE = /^[ \t]*(?:proposed|seconded|moved)(?:[ \t]+by[ \t]|[ \t]*:)/i;

/** Whether a line opens with a mover's or seconder's record (`Proposed by …`, `Seconded by …`, `Moved: …`). */
export function opensWithMover(text: string): boolean {
  return RECORD_ALONE.test(text);
}

/** Whether a line labels the motion's words below it (`Motion & Voting`). */
export function isMotionLabel(text: string): boolean {
  return text.length < 40 && RECORD_LABEL.test(text);
}

/** Whether a line of a motion's record says the motion failed (`Final Resolution: Motion Fails`). */
export function recordSaysLost(text: string): boolean {
  return text.length < 300 && RECORD_LOST.test(text);
}

/** Whether a motion is one in `text` (its sentence and the record after it): a mover alone needs its record (`needsRecord`). */
export function recordsMotion(text: string, motion: MotionForm): boolean {
  return motion.needsRecord !== true || RECORDED.test(text.slice(motion.text.end));
}

/** Whether the motion's sentence is still open at the end of the text (the page wrapped it). */
export function motionRunsOn(text: string, motion: MotionForm): boolean {
  return motion.text.end >= text.length && !/[.!?;][ \t]*$/.test(text);
}

/**
 * A motion's operative heading, as unions, societies and councils write the NUS-style motion
 * (`**Student Council resolves**`, `Conference resolves:`, `> **Guild Council resolves**`, quoted
 * or not): the body (five words at most) and `resolves`, alone on its line. Its numbered
 * paragraphs are what the motion asks; the body decides them only if the motion passes.
 */
export function isResolvesHeading(text: string): boolean {
  if (text.length > 120 || text.indexOf('esolve') < 0) return false;
  const t = text.replace(/^[ \t]*(?:>[ \t]*)*/, '').replace(/[*_]/g, '').trim();
  return RESOLVES_HEADING.test(t);
}
// (bounded words, each followed by a blank: no backtracking to speak of)
const RESOLVES_HEADING = /^(?:[A-Z][\w'’&.-]{0,30}[ \t]+){1,5}resolves[ \t]*:?$/;

/** A numbered paragraph of a motion, quoted or not (`> 1. To mandate …`): where its words start, or -1. */
export function motionParagraphAt(text: string): number {
  const m = MOTION_PARAGRAPH.exec(text);
  return m ? m[0].length : -1;
}
const MOTION_PARAGRAPH = /^[ \t]*(?:>[ \t]*)*\d{1,2}[.)][ \t]+(?=\S)/;

/**
 * What a line says of the motion's fate (`**Vote:** For 12 · Against 0 — **motion passes.**`,
 * `Motion carried`, `The motion fell`): `carried`, `lost`, or undefined when it says neither.
 */
export function motionFate(text: string): 'carried' | 'lost' | undefined {
  if (text.length > 2000) return undefined;
  const m = MOTION_FATE.exec(text);
  if (!m) return undefined;
  return /^(?:pass|carr)/i.test(m[1]) ? 'carried' : 'lost';
}
const MOTION_FATE = /\bmotion[*_]{0,2}[ \t]+(?:(?:is|was|has)[ \t]+)?(passes|passed|carries|carried|falls|fell|fails|failed|lost|defeated)\b/i;

/**
 * A motion quoted in full, as a union branch's, a society's or an association's minutes print it:
 * its words in quotation marks from a line's start (`"That this Branch Executive Committee supports
 * …`, `“This AGM resolves …`), over its record: the mover and seconder (`Proposed: AB⇥Seconded: PC`,
 * `Moved by Cllr Dunne, seconded by Cllr Hart`), the count (`For 7, against 0, abstentions 1`) and
 * the result (`CARRIED.`, `Agreed nem. con.`). A quotation a result does not follow is no motion.
 */
const QUOTE_OPEN = /^[ \t]*["“]/;
/** A record's line under the quoted words: it opens with the mover, the seconder, the count or the result. */
const QUOTED_RECORD = /^[ \t]*(?:(?:proposed|moved|seconded|proposer|seconder)\b|(?:votes?[ \t]+)?(?:for|against|in[ \t]+favou?r)\b[ \t:]*\(?\d|votes?\b[ \t:]*\(?\d|\(?\d{1,3}[ \t]+(?:for|in[ \t]+favou?r)\b|(?:carried|passed|agreed|adopted|lost|fell|defeated|failed|withdrawn|remitted)\b)/i;
const QUOTED_CARRIED = /\b(?:carried|passed|agreed|adopted)\b/i;
const QUOTED_LOST = /\b(?:lost|fell|defeated|failed|withdrawn|remitted|not[ \t]+(?:carried|passed|agreed))\b/i;

/** Where the quoted words start (after the opening quote), or -1 when the line opens with none. */
export function quotedMotionStart(text: string): number {
  const m = QUOTE_OPEN.exec(text);
  return m ? m[0].length : -1;
}

/** Where the quotation closes (the closing quote's offset) in `text` from `from`, or -1. */
export function quotedMotionEnd(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22 || c === 0x201d) return k;
  }
  return -1;
}

/** Whether a line is a quoted motion's record: `'carried'`, `'lost'`, `'record'` (a mover or a count, no result yet), or undefined. */
export function quotedMotionRecord(text: string): 'carried' | 'lost' | 'record' | undefined {
  if (text.length > 400 || !QUOTED_RECORD.test(text)) return undefined;
  if (QUOTED_LOST.test(text)) return 'lost';
  return QUOTED_CARRIED.test(text) ? 'carried' : 'record';
}
