/**
 * Decisions in the forms published minutes write them:
 * - resolutions: `RESOLVED –`, `RESOLVED:`, `RESOLVED that`, `RESOLVED to`, `RESOLVED UNANIMOUSLY
 *   that`, `UNANIMOUSLY RESOLVED`, `It was RESOLVED to`, `The Board resolved to`, "Resolved by lazy
 *   consensus"; their parts `(1)`, `(a)`, `(i)`, `A` on the lines below (`readResolutionParts`);
 * - a body's verb in capitals: `The Board NOTED / APPROVED / RECEIVED / RATIFIED …`, `were APPROVED`;
 * - keywords opening a line: `AGREED`, `RATIFIED`, `HOMOLOGATED`, `DECISION:`, `**Decision**:`, `**Consensus:**` (agreed),
 *   `RESOLUTION:`, `RESOLUTION 2020/03:`, `RESOLUTION MC/23/14:`, `Resolution No. 24-15:`, and `PROPOSED:` (a proposal, which a `RESOLUTION:` settles);
 * - headings `Resolved`, `Noted`, `Received` with `that …` paragraphs under them
 *   (`matchDecisionHeading`, `matchHeadingParagraph`).
 * The canonical keyword lines (`DECISION:`, `AGREED:`, `RESOLVED –`) stay `matchDecisionKeyword`'s
 * (constructs.ts); this module reads it first. Pure; never throws.
 */
import { matchDecisionKeyword, type Span } from '../constructs';
import { debrisKind } from './debris';
import { sentenceEnd as stopOfSentence } from './inline';
import { endBeforeBlanks, endBeforeStops } from '../unitClass';

export type DecisionVerb = 'resolved' | 'agreed' | 'noted' | 'approved' | 'received' | 'ratified' | 'homologated' | 'endorsed' | 'adopted' | 'decided' | 'proposed' | 'accepted';

export interface DecisionForm {
  readonly start: number;
  readonly end: number;
  /** The words that make it a decision ("RESOLVED –", "The Board NOTED", "**Decision**:"). */
  readonly keyword: Span;
  readonly verb: DecisionVerb;
  /** The decision's own words after the keyword; absent when they follow as parts on the lines below. */
  readonly text?: Span;
  /** Absent only when the caller did not ask (`matchDecision`'s `unanimity`) and the keyword does not say it. */
  readonly unanimous?: boolean;
  /** A proposal (`PROPOSED:`) is not yet a decision: a later `RESOLUTION:` or vote settles it. */
  readonly proposal: boolean;
  /** The resolution's own number (`RESOLUTION 2020/03`, `RESOLUTION MC/23/14`, `Resolution No. 24-15`, `RESOLUTION R7`). */
  readonly number?: Span;
}

/**
 * The vote in brackets after a decision's keyword (`**Resolved (5–0):** that …`, `Agreed (4-1):`): the
 * keyword's, not the decision's words. Optional, never captured.
 */
const KEYWORD_TALLY = String.raw`(?:[ \t]*\(\d{1,3}[ \t]*[–—:-][ \t]*\d{1,3}(?:[ \t]*[–—:-][ \t]*\d{1,3})?\))?`;
// (a corporate board's `RESOLVED, that …`, `**RESOLVED**, that …`: the comma a lawyer's style puts before `that`;
// a company's minutes book quotes the resolution as passed, `"RESOLVED THAT …`)
const RESOLVED_START = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?["“]?((?:it[ \t]+was[ \t]+)?(?:(unanimously)[ \t]+)?(?:\*\*)?resolved${KEYWORD_TALLY}(?::?\*\*)?(?:[ \t]+(unanimously))?(?:[ \t]*(?::|,(?=[ \t]+that\b)|[–—-](?=[ \t]|$)))?)(?:[ \t]+|$)(?=that\b|to\b|under\b|by\b|as\b|not\b|$|[A-Z(])`, 'i');
/** After `RESOLVED`: `FURTHER THAT`, `ALSO THAT`, the words of a clause that carries on the resolution before it. */
const FURTHER_CLAUSE = /^(?:further|also)[ \t]*,?[ \t]+that\b/i;
const IT_WAS_RESOLVED = /(?:^|[.;:][ \t]+|\n|[ \t])((?:it[ \t]+was[ \t]+)(?:unanimously[ \t]+)?resolved(?:[ \t]+unanimously)?)(?:[ \t]*(?::|[–—-]))?[ \t\n]*(?=that\b|to\b|$)/i;
/**
 * In capitals after a sentence or at a line's start: "Cllr Sallis left the room. RESOLVED to object";
 * also, at a line's start, a second decision the sentence joins to a first: "The Board APPROVED the
 * programme, …" ⏎ "and RESOLVED that the Committee be given delegated authority …" (on one line, the
 * first verb's decision reads the whole sentence).
 */
// (or, after a sentence's stop and a colon, what was resolved in small letters: a parish's planning list, `… with parking.
// RESOLVED: no objection, provided …`; never a status's word, `Status: RESOLVED: repaired …`, nor a pointer, `RESOLVED: see minute 12`)
// (and a sentence's second verb in capitals, its parts below or its words after: `Councillors considered the draft budget
// and RESOLVED:` ⏎ `(a) to adopt …`, `… and RESOLVED to adopt it`)
const MID_RESOLVED = /(?:^|[.;:!?)][ \t]+|\n[ \t]*|^[ \t]*and[ \t]+)((?:UNANIMOUSLY[ \t]+)?RESOLVED(?:[ \t]+UNANIMOUSLY)?)(?:[ \t]*(?::|[–—-]))?[ \t\n]+(?=that\b|to\b|under\b)|[\p{L}\d)][.!?][ \t]+(RESOLVED)[ \t]*:[ \t]*(?=(?!see\b)[a-z])|[\p{Ll}\d)][ \t]+and[ \t]+(RESOLVED)(?:[ \t]*:[ \t]*$|[ \t]+(?=that\b|to\b))/u;
/**
 * A numbered resolution in capitals after a sentence of the same paragraph (`FQ presented the accounts. RESOLUTION
 * 2021/07: the Board approves …`): as `RESOLUTION 2021/07:` opening a line is (LINE_KEYWORD), its number and colon.
 */
// (the sentence before ends on a word or a year, never a part's marker, `2.1.`, `a.`, `a)`; no `NO.`, which titles a
// North American resolution read into the record, `RESOLUTION NO. 2023-45: A RESOLUTION AUTHORIZING …`)
const MID_RESOLUTION = /(?<=\p{L}{2}|\d{2}|\)|[ \t(][A-Z])[.!?][ \t]+(RESOLUTION(?:[ \t]+((?:[A-Z]{1,6}[ \t]?[/-]?)?\d{1,4}(?:[/.-]\d{1,4}){1,2}|[A-Z]{1,6}[/-]?\d{1,4}))?)[ \t]*:[ \t]*(?=\S)/u;
/** Words in capitals after the colon, no small letter among them: a resolution's title, not what was resolved. */
const TITLE_IN_CAPITALS = /^[^a-z]*[A-Z]{4}[^a-z]*$/;
/** The approval of the last minutes written as a verb: "Approved as a true record." */
const APPROVED_RECORD = /^[ \t]*(approved)[ \t]+(?=as[ \t]+an?[ \t]+(?:true|correct|accurate)[ \t]+record\b)/i;
/**
 * The bodies whose decision a sentence records when they are its subject ("The Board resolved to …",
 * "Governors agreed to …", "The team agreed to …" in a working group's notes): the one list, for
 * `BODY_RESOLVED` here, `forms/bodyAgreed.ts` and `parse/content/bodyDecisions.ts`. Each word in
 * either case at its start, as notes write them ("the committee", "members"); never a person's title
 * ("the Chief Executive agreed to circulate …" is an undertaking).
 */
const BODY_WORDS = [
  'Board', 'Committee', 'Sub-Committee', 'Panel', 'Council', 'Cabinet', 'Governors', 'Governing Board', 'Governing Body', 'Body', 'Trustees', 'Members',
  'Councillors', 'Councilors', 'Authority', 'Executive', 'Forum', 'Group', 'Working Group', 'TSC', 'Senate', 'Court', 'Directors', 'Commission',
  'Team', 'Meeting', 'Maintainers', 'Participants', 'Attendees',
  // a church's councils by their letters or names (`The PCC RESOLVED …`, `the Vestry agreed …`, `The Kirk Session agreed …`),
  // a school's governing bodies by their letters (`The LGB agreed …`)
  'PCC', 'Vestry', 'Kirk Session', 'Chapter', 'Synod', 'LGB', 'FGB',
];
export const DECIDING_BODY = String.raw`(?<!Chief[ \t]|Deputy[ \t])(?:${BODY_WORDS.map((w) => `[${w[0]}${w[0].toLowerCase()}]${w.slice(1).replace(/ /g, String.raw`[ \t]+`)}`).join('|')})`;
/**
 * The documents a board notes or receives (`The report was noted.`, `The Committee noted the
 * summary.`): only a document's noting is a decision; `It was noted that …` is a point of the
 * discussion, `Apologies were noted` the attendance. The one list, for the passive
 * (parse/content/passiveDecisions.ts) and the body's own verb (`matchBodyNoted`).
 */
// (a document's word in either case at its start, as its name prints it: `the Forward Plan`, `the Annual Report`)
// (`observations`: an auditor's, which a board notes as it notes a report: `The Management Board noted the preliminary observations`)
const DOCUMENT_WORDS = ['update', 'report', 'reports', 'observations', 'briefing', 'paper', 'papers', 'minutes', 'notes', 'letter', 'statement', 'accounts', 'plan', 'presentation', 'correspondence', 'information', 'summary', 'response', 'responses', 'submission', 'position statement', 'figures', 'statistics', 'disclosures', 'disclosure', 'declarations', 'declaration', 'register'];
export const NOTED_DOCUMENT = String.raw`(?:${DOCUMENT_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1).replace(/ /g, String.raw`[ \t]+`)}`).join('|')})`;

/**
 * A deciding body as a sentence's subject names it, with the words of its own name before the body's
 * word (`The Management Board`, `The Audit and Risk Committee`, `The Trust Board`, `the committee`):
 * up to three words, each with a capital (or `and`, `&` between them), so that a person's title never
 * reads as one (`The Chief Executive`, `The Board Secretary noted …`: the body's word is not the subject).
 */
const NAMED_BODY = String.raw`(?:[Tt]he[ \t]+(?:(?:[A-Z][A-Za-z'’-]*|and|&)[ \t]+){0,3})?${DECIDING_BODY}`;

/**
 * `The Management Board adopted the agenda …`, `The committee approved a donation of £350 …`, `The
 * Board unanimously ratified the appointment …`: the body's own verb in lower case with what it
 * decided, the sentence opening with the body. The verb (with `unanimously`) is the keyword, what
 * follows the decision's words, to the sentence's end. Not a verb a phrase or clause follows
 * (`approved of`, `approved in 2019`, `accepted that …`: what the board thinks, not what it decided).
 */
const BODY_ADOPTED = new RegExp(String.raw`(?:^|[.!?][ \t]+)(${NAMED_BODY}[ \t]+(?:(?:formally|unanimously)[ \t]+)?(?:adopted|approved|endorsed|ratified|accepted)(?:[ \t]+unanimously)?)[ \t]+(?!(?:of|that|to|by|in|at|on|for|and|with|as|without|when|if|but|this|it)\b)(?=[\p{L}\p{N}"“(£$€])`, 'u');
/** The verbs BODY_ADOPTED needs (its cheap first test). */
const MAY_ADOPT = /adopted|approved|endorsed|ratified|accepted/;

export function matchBodyAdopted(text: string): { readonly keyword: Span; readonly text: Span } | undefined {
  if (text.length > 2000 || !MAY_ADOPT.test(text)) return undefined;
  const m = BODY_ADOPTED.exec(text);
  if (!m) return undefined;
  const ks = m.index + m[0].indexOf(m[1]);
  const ts = m.index + m[0].length;
  const end = stopOfSentence(text, ts);
  return end > ts ? { keyword: { start: ks, end: ks + m[1].length }, text: { start: ts, end } } : undefined;
}

/**
 * `The Committee noted the report.`, `… The Committee noted the summary. Ms Dunnachie left …`: the
 * body notes a document, the sentence ending there (a full stop, never a colon: `The Committee noted
 * the action log:` leads a table, `noted that …` a point of the discussion). The keyword is the body
 * with its verb; the words, the document as written.
 */
// (the verb in bold, as a Markdown page marks it: `Council **noted** the officer reports.`)
const BODY_NOTED = new RegExp(String.raw`(?:^|[.!?][ \t]+)(${NAMED_BODY}[ \t]+(?:formally[ \t]+)?(?:\*\*noted\*\*|__noted__|noted))[ \t]+(?=the[ \t](?:[^.;:!?]{0,60}?[ \t])?${NOTED_DOCUMENT}[ \t.,])`);

export function matchBodyNoted(text: string): { readonly keyword: Span; readonly text: Span } | undefined {
  if (text.length > 2000 || text.indexOf('noted') < 0) return undefined;
  const m = BODY_NOTED.exec(text);
  if (!m) return undefined;
  const ks = m.index + m[0].indexOf(m[1]);
  const ts = m.index + m[0].length;
  // to the sentence's full stop (a name's `Mr.` ends none: `… received from Mr. Farhan Qureshi in Form MBP-1.`),
  // which a colon, a semicolon or a question never comes before
  const end = stopOfSentence(text, ts);
  if (end >= text.length || end - ts > 220 || /[;:!?]/.test(text.slice(ts, end))) return undefined;
  return { keyword: { start: ks, end: ks + m[1].length }, text: { start: ts, end } };
}

/** `The Committee:` alone on its line, the body's decisions as the bullets below it, each opening with its verb. */
const BODY_LEAD = new RegExp(String.raw`^[ \t]*(?:[Tt]he[ \t]+)?${DECIDING_BODY}[ \t]*:[ \t]*$`);

export function isBodyLead(text: string): boolean {
  return text.length < 80 && BODY_LEAD.test(text);
}

/** A bullet under a body's lead opening with the verb, in any case (`Approved the Minute …`, `Noted the report …`, `Agreed that …`). */
const LED_VERB = /^[ \t]*(approved|noted|agreed|endorsed|received|ratified|adopted|decided|resolved)[ \t]+(?=\S)/i;

/** The verb opening a bullet under `The Committee:` and where the decision's words start. */
export function matchLedVerb(text: string): { readonly verb: DecisionVerb; readonly keyword: Span; readonly textStart: number } | undefined {
  const m = LED_VERB.exec(text);
  if (!m) return undefined;
  const ks = m[0].indexOf(m[1]);
  return { verb: verbOf(m[1]), keyword: { start: ks, end: ks + m[1].length }, textStart: m[0].length };
}

const BODY_RESOLVED = new RegExp(String.raw`\b((?:the[ \t]+)?${DECIDING_BODY}[ \t]+(?:(?:formally|unanimously|FORMALLY|UNANIMOUSLY)[ \t]+)?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)(?:[ \t]+(?:unanimously|UNANIMOUSLY))?)(?:[ \t]*[:–—-])?[ \t]+(?=(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)[ \t]+)?(?:to|that)\b)`);
const LAZY = /(?:\*\*)?\bresolved(?:\*\*)?[ \t]+by[ \t]+(?:lazy[ \t]+)?consensus\b/i;
/** What IT_WAS_RESOLVED, MID_RESOLVED, BODY_RESOLVED and LAZY each cannot match without. */
const MAY_RESOLVE = /resolved|agreed|decided/i;
/**
 * A decision's verb as boards print it in capitals (`The Board NOTED the report`, `… RECEIVED` closing
 * a paragraph): the one list CAPS_VERB, TRAILING_MARK (with `RESOLVED`), publishedDecisions.ts and
 * looseContent.ts read. `ACCEPTED`: an association's general meeting accepts its accounts (`The meeting
 * ACCEPTED the accounts …`) as a board approves them; in capitals it is the meeting's verb, as the others.
 */
export const CAPS_DECISION_VERBS: readonly string[] = ['NOTED', 'APPROVED', 'RECEIVED', 'RATIFIED', 'AGREED', 'HOMOLOGATED', 'ENDORSED', 'ADOPTED', 'DECIDED', 'ACCEPTED'];
/** A person's initials alone before a verb in capitals (`HM `, `KHa `). */
const PERSON_AGREED = /^[A-Z]{2,3}[a-z]?[ \t]+$/;
/** A board by its letters (`FGB`, `LGB`, `SMT`): a body's decision, not a person's. */
const BODY_LETTERS = /^(?:[A-Z]?GB|SLT|SMT|PCC|BOT)[ \t]/;

/** One of CAPS_DECISION_VERBS, a whole word, in capitals. */
export const CAPS_VERB = new RegExp(String.raw`\b(${CAPS_DECISION_VERBS.join('|')})\b`);
// (`And agreed that …` under the mover's and seconder's lines, as Irish councils print it: `Proposed by Cllr X` ⏎ `Seconded by Cllr Y` ⏎ `And agreed that …`)
const LINE_KEYWORD = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?((?:\*\*|__)?(?:and[ \t]+(?=agreed\b))?(agreed|ratified|homologated|approved|noted|endorsed|decided|decisions?|consensus|resolution(?:[ \t]+(?:no\.?[ \t]*)?((?:[A-Z]{1,6}[ \t]?[/-]?)?\d{1,4}(?:[/.-]\d{1,4}){1,2}|[A-Z]{1,6}[/-]?\d{1,4}))?|proposed|proposal)${KEYWORD_TALLY}(?:\*\*|__)?)(?:[ \t]*(?::|[–—-](?=[ \t]))|[ \t]+(?=that\b)|[ \t]*$)[ \t]*`, 'i');

/** `Lazy consensus reached to …`, `Consensus was reached that …` opening a line (after a bullet): the keyword, then what was agreed. */
const CONSENSUS_REACHED = /^[ \t]*(?:[-*•][ \t]+)?((?:[Ll]azy[ \t]+)?[Cc]onsensus(?:[ \t]+was)?[ \t]+reached)[ \t]+(?:to|that|on)[ \t]+(?=\S)/;

/** The words after `Consensus:` that say none was reached (`none`, `not reached`, `no consensus`). */
const NO_CONSENSUS = /^(?:\*\*|__)?[ \t]*(?:no|none|not|nil)\b/i;

function verbOf(word: string): DecisionVerb {
  const w = word.toLowerCase();
  if (w.startsWith('decision') || w === 'decided') return 'decided';
  if (w.startsWith('resolution') || w.startsWith('resolved')) return 'resolved';
  if (w.startsWith('propos')) return 'proposed';
  // `**Consensus:** …`: what the meeting agreed without a vote
  if (w === 'consensus') return 'agreed';
  return w as DecisionVerb;
}

function sentenceEnd(text: string, s: number): number {
  const m = /[.!?](?=\s|$)/.exec(text.slice(s));
  return m ? s + m.index + 1 : endBeforeBlanks(text, s, text.length);
}


/**
 * The form read: the keyword from `kwStart` to `kwEnd`, the words from `bodyStart` (or `words`);
 * `unanimous` when the match says it, else read from the words (when `unanimity` asks: a caller
 * that reads the vote itself does not have the words scanned for it). Every form is written out whole,
 * with the same keys (no spread: docs/performance.md).
 */
function form(text: string, unanimity: boolean, kwStart: number, kwEnd: number, bodyStart: number, verb: DecisionVerb, unanimous?: boolean, words?: Span, number?: Span): DecisionForm {
  const end = endBeforeBlanks(text, bodyStart, attendanceNoteAt(text, bodyStart));
  let bs = bodyStart;
  while (bs < text.length && (text.charCodeAt(bs) === 0x20 || text.charCodeAt(bs) === 0x09 || text.charCodeAt(bs) === 0x0a)) bs++;
  return {
    start: kwStart, end: Math.max(end, kwEnd), keyword: { start: kwStart, end: endBeforeBlanks(text, kwStart, kwEnd) }, verb,
    text: words ?? (end > bs ? { start: bs, end } : undefined),
    unanimous: unanimous ?? (unanimity ? /unanimous/i.test(text.slice(kwStart, kwEnd)) || /\ball in favour\b|\bunanimous(?:ly)?\b/i.test(text.slice(bodyStart, end)) : undefined),
    proposal: verb === 'proposed',
    number,
  };
}

/**
 * Where a sentence of the attendance follows the decision's on its line (`Governors RATIFIED the pay committee's
 * decisions. Mr Okafor returned.`, `It was RESOLVED to accept the apologies. Cllr D Pike was absent; …`): the decision
 * ends before it, a record of who came and went is no part of it. The text's end when none does.
 */
export function attendanceNoteAt(text: string, from: number): number {
  for (let p = text.indexOf('. ', from); p >= 0 && p < text.length; p = text.indexOf('. ', p + 2)) {
    let s = p + 2;
    while (s < text.length && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
    ATTENDANCE_NOTE.lastIndex = s;
    if (ATTENDANCE_NOTE.test(text)) return p + 1;
  }
  return text.length;
}
/** Whether a sentence of who came or went (ATTENDANCE_NOTE) opens at `at` (`Cllr Jones left the room.`). */
export function attendanceNoteOpens(text: string, at: number): boolean {
  ATTENDANCE_NOTE.lastIndex = at;
  return ATTENDANCE_NOTE.test(text);
}
/** A sentence of who came, went or was away: a titled name or a surname, then the verb. */
const ATTENDANCE_NOTE = /(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Rev)\.?[ \t]+)?(?:\p{Lu}\.?[ \t]+){0,2}\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+(?:returned|rejoined|re-joined|left[ \t]+the[ \t]+(?:meeting|room|chamber)|joined[ \t]+the[ \t]+meeting|arrived|was[ \t]+absent|had[ \t]+(?:also[ \t]+)?sent[ \t]+apologies)\b|No[ \t]+apologies[ \t]+had[ \t]+been[ \t]+received\b/uy;

/** Whether a line is a heading in capitals ("RESOLUTION TO EXCLUDE THE PRESS AND PUBLIC"): a title, not a decision. */
function isCapsHeading(text: string): boolean {
  const nl = text.indexOf('\n');
  const end = nl < 0 ? text.length : nl;
  // a letter in lower case says no (most lines): the first line is not cut out, nor asked anything else
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  const line = text.slice(0, end).trim();
  return line.length > 0 && /^[A-Z0-9/ .()–—-]+$/.test(line) && !/[:–—-][ \t]*$/.test(line) && line.split(/\s+/).length >= 3;
}

/**
 * A callout's icon before its words, as a Notion export prints a block (`✅ **Resolved:** that …`,
 * `📌 Decision: …`): where the words start, 0 when the text opens with none. The first character
 * is looked at first (a letter, a blank or a bullet on almost every line).
 */
const CALLOUT_ICON = /^[ \t]*\p{Extended_Pictographic}\uFE0F?[ \t]+/u;

export function calloutIcon(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i >= text.length || text.charCodeAt(i) < 0x2000) return 0;
  return CALLOUT_ICON.exec(text)?.[0].length ?? 0;
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** A form read after `by` characters (a callout's icon), its places moved to the whole text's: the form starts with the icon. */
function shifted(d: DecisionForm, by: number): DecisionForm {
  return {
    start: d.start === 0 ? 0 : d.start + by, end: d.end + by, keyword: shift(d.keyword, by), verb: d.verb,
    text: d.text && shift(d.text, by), unanimous: d.unanimous, proposal: d.proposal, number: d.number && shift(d.number, by),
  };
}

/**
 * The decision a paragraph records, if any: its keyword at the start, "It was RESOLVED …", "The Board
 * resolved to …", a body's verb in capitals, "Resolved by lazy consensus". `verbs`: whether the text
 * holds `resolved`, `agreed` or `decided` in any case, when the caller knows it already (a line's
 * signature, `W_AGREED`); else looked for here. `unanimity`: whether `unanimous` is read from the
 * words when the keyword does not say it (a published decision reads its vote with `matchVote`).
 */
export function matchDecision(text: string, verbs = MAY_RESOLVE.test(text), unanimity = true): DecisionForm | undefined {
  if (text.length > 20000) return undefined;
  const icon = calloutIcon(text);
  if (icon > 0) {
    const d = matchDecision(text.slice(icon), verbs, unanimity);
    return d && shifted(d, icon);
  }
  const head = text.slice(0, 300);
  const canonical = matchDecisionKeyword(head.trimStart());
  if (canonical) {
    const lead = head.length - head.trimStart().length;
    const word = head.slice(lead, lead + canonical.end).replace(/[^a-z]/gi, '');
    return form(text, unanimity, lead, lead + canonical.end, lead + canonical.end, verbOf(word));
  }
  let m = RESOLVED_START.exec(head);
  // `RESOLVED FURTHER THAT …` (`FURTHER RESOLVED THAT`, `RESOLVED ALSO THAT`) is a clause of the resolution
  // above it, the authority to carry it out: a company's minutes quote them as one resolution
  if (m && FURTHER_CLAUSE.test(head.slice(m.index + m[0].length))) return undefined;
  if (m && !isCapsHeading(text)) {
    const s = m.index + m[0].indexOf(m[1]);
    return form(text, unanimity, s, s + m[1].length, m.index + m[0].length, 'resolved', m[2] || m[3] ? true : undefined);
  }
  if ((m = LINE_KEYWORD.exec(head)) && !isCapsHeading(text)) {
    const s = m.index + m[0].indexOf(m[1]);
    const number = m[3] ? { start: s + m[1].indexOf(m[3]), end: s + m[1].indexOf(m[3]) + m[3].length } : undefined;
    // "Approved as a true record" and "NOTED" open a line as a verb; "Decisions" alone is a label (see matchDecisionHeading)
    if (/^decisions$/i.test(m[2]) && m[0].trim() === m[1]) return undefined;
    // `Consensus:` is a label (never `Consensus` alone nor before `that`), and `Consensus: none reached` records none
    if (/^consensus$/i.test(m[2]) && (!/[:–—-][ \t]*$/.test(m[0]) || NO_CONSENSUS.test(text.slice(m.index + m[0].length)))) return undefined;
    if (/^(?:approved|noted|endorsed)$/i.test(m[2]) && m[2] !== m[2].toUpperCase() && !/[:–—-]/.test(m[0])) return undefined;
    if (/^approved$/i.test(m[2]) && /^[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]*$|^[ \t]*\d/.test(text.slice(m.index + m[0].length))) return undefined; // "APPROVED: July 7, 2020": the minutes' own approval stamp
    // "APPROVED:      ATTEST:": the labels of a signature block over the chair's and the secretary's lines
    if (/^approved$/i.test(m[2]) && debrisKind(text.slice(m.index + m[0].length).split('\n')[0]) === 'signature') return undefined;
    return form(text, unanimity, s, m.index + m[0].length, m.index + m[0].length, verbOf(m[2]), undefined, undefined, number);
  }
  // `Lazy consensus reached to accept the offer, …`, `Consensus was reached that …`: a project's notes record what it agreed
  if (text.includes('onsensus') && (m = CONSENSUS_REACHED.exec(head))) {
    const s = m.index + m[0].indexOf(m[1]);
    return form(text, unanimity, s, s + m[1].length, m.index + m[0].length, 'agreed');
  }
  // the four forms below need `resolved`, `agreed` or `decided` (in some case): a line without (`The
  // Board NOTED …`) is not scanned four times for them
  if (verbs && (m = IT_WAS_RESOLVED.exec(text))) {
    const s = m.index + m[0].indexOf(m[1]);
    return form(text, unanimity, s, m.index + m[0].length, m.index + m[0].length, 'resolved', /unanimous/i.test(m[1]));
  }
  if (verbs && (m = MID_RESOLVED.exec(text))) {
    const kw = m[1] ?? m[2] ?? m[3];
    const s = m.index + m[0].indexOf(kw);
    return form(text, unanimity, s, s + kw.length, m.index + m[0].length, 'resolved', /UNANIMOUSLY/.test(kw));
  }
  if (text.indexOf('RESOLUTION') > 0 && (m = MID_RESOLUTION.exec(text)) && !TITLE_IN_CAPITALS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
    const s = m.index + m[0].indexOf(m[1]);
    const number = m[2] ? { start: s + m[1].indexOf(m[2]), end: s + m[1].indexOf(m[2]) + m[2].length } : undefined;
    return form(text, unanimity, s, s + m[1].length, m.index + m[0].length, 'resolved', undefined, undefined, number);
  }
  if ((m = APPROVED_RECORD.exec(text))) {
    const s = m.index + m[0].indexOf(m[1]);
    return form(text, unanimity, s, s + m[1].length, s, 'approved', undefined, { start: s, end: sentenceEnd(text, s) });
  }
  if (verbs && (m = BODY_RESOLVED.exec(text))) {
    const verb = /agreed/i.test(m[1]) ? 'agreed' : /decided/i.test(m[1]) ? 'decided' : 'resolved';
    return form(text, unanimity, m.index, m.index + m[1].length, m.index + m[0].length, verb);
  }
  if (verbs && (m = LAZY.exec(text))) return form(text, unanimity, m.index, m.index + m[0].length, m.index + m[0].length, 'resolved', true);
  if (!isCapsHeading(text) && (m = CAPS_VERB.exec(text))) {
    // the subject before the verb belongs to the keyword: "The Board NOTED", "The minutes were APPROVED"
    const sentence = Math.max(text.lastIndexOf('. ', m.index) + 1, text.lastIndexOf('\n', m.index) + 1, 0);
    // a paragraph's number or letter before the sentence is no part of it: `116.2`, `UC/24/21.3`, `C.25.14.1`, `c)`, `(ii)`
    const s = sentence + (/^[ \t]*(?:(?:(?:[A-Z]{1,5}[/.]?)?\d+(?:[/.]\d+)*\*?|\(?[a-z]{1,4}\)|\(\d{1,3}\))[ \t]+)?/.exec(text.slice(sentence))?.[0].length ?? 0);
    const verb = verbOf(m[1]);
    // `HM AGREED.` after a governor's request: one person's initials and nothing after the verb is that person
    // accepting it, no decision of the board (the board's own letters, `FGB AGREED.`, still decide)
    const after = m.index + m[0].length;
    if (m.index - s <= 6 && endBeforeStops(text, after, text.length) === after && PERSON_AGREED.test(text.slice(s, m.index)) && !BODY_LETTERS.test(text.slice(s, m.index))) return undefined;
    if (/^APPROVED:?$/.test(m[0]) && /^[:]?[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}/.test(text.slice(m.index + m[0].length))) return undefined;
    return form(text, unanimity, Math.min(s, m.index), m.index + m[0].length, m.index + m[0].length, verb, undefined, { start: Math.min(s, m.index), end: endBeforeBlanks(text, m.index, text.length) });
  }
  return outcomeAfterArrow(text, verbs, unanimity);
}

/** An arrow from how the meeting got there to what it decided: `No objections → **Approved**: …`, `consensus => Decision: …`. */
const OUTCOME_ARROW = /[ \t](?:→|⇒|=>|->)[ \t]+(?=\S)/;

/**
 * A note's line that tells how the meeting reached its outcome, then, after an arrow, the outcome
 * in a keyword form with its label (`**Approved**:`, `Decision:`, `Agreed:`): the decision is what
 * follows the keyword, the words before the arrow its occasion. A bare verb after an arrow (`→ noted`)
 * is none: the keyword must be labelled, and words must follow it.
 */
function outcomeAfterArrow(text: string, verbs: boolean, unanimity: boolean): DecisionForm | undefined {
  if (text.length > 2000 || (text.indexOf('→') < 0 && text.indexOf('⇒') < 0 && text.indexOf('>') < 0)) return undefined;
  const a = OUTCOME_ARROW.exec(text);
  if (!a) return undefined;
  const at = a.index + a[0].length;
  const rest = text.slice(at);
  const m = LINE_KEYWORD.exec(rest);
  if (!m || !/(?:\*\*|__)|:/.test(m[0]) || /^(?:propos|decisions$)/i.test(m[2])) return undefined;
  const d = matchDecision(rest, verbs, unanimity);
  return d && d.keyword.start === 0 && d.text && !d.proposal ? shifted(d, at) : undefined;
}

const DECISION_HEADING = /^[ \t]*(?:#{1,6}[ \t]+)?(resolved|noted|received|agreed|approved|ratified|endorsed|decisions?|resolutions?)(?:[ \t]*:)?[ \t]*$/i;

/** A heading over the decisions below it (`Resolved`, `Noted`, `Received`): its verb. */
export function matchDecisionHeading(line: string): { verb: DecisionVerb; start: number; end: number } | undefined {
  const m = DECISION_HEADING.exec(line);
  if (!m) return undefined;
  const s = line.indexOf(m[1]);
  return { verb: verbOf(m[1]), start: s, end: s + m[1].length };
}

const HEADING_PARAGRAPH = /^[ \t]*(?:((?:[A-Z]{1,5}\.|[A-Z])?\d{1,5}(?:\.\d{1,3})*\*?)[ \t]+)?(?=(?:that|to)\b|[a-z(])/;

/** A paragraph under a decision heading: "2249.1  that the minutes … be approved", "C.25.14.1 to approve …", "to approve …", "a report from …". */
export function matchHeadingParagraph(text: string): { number?: Span; text: Span } | undefined {
  const m = HEADING_PARAGRAPH.exec(text);
  if (!m) return undefined;
  const end = endBeforeBlanks(text, m[0].length, text.length);
  if (end <= m[0].length) return undefined;
  const number = m[1] ? { start: text.indexOf(m[1]), end: text.indexOf(m[1]) + m[1].length } : undefined;
  return { number, text: { start: m[0].length, end } };
}

export interface ResolutionPart {
  readonly start: number;
  readonly end: number;
  /** `(1)`, `(a)`, `a)`, `A` as written. */
  readonly label: Span;
  readonly text: Span;
}

const PART_LABEL = /^[ \t]*(\((\d{1,2}|[a-z]|[ivx]{1,5}|[A-Z])\)\.?|(\d{1,2}|[a-z])\)|([A-Z])(?:[.)]|(?=[ \t]{2,}|\t)))[ \t]+(?=\S)/;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** A label's sequence and place in it; `(i)` is a numeral unless it follows `(h)`. */
function labelKey(m: RegExpExecArray, kind: string | undefined): { kind: string; n: number } {
  const v = m[2] ?? m[3] ?? m[4];
  if (/^\d+$/.test(v)) return { kind: 'num', n: Number(v) };
  if (ROMAN.includes(v) && kind !== 'lower') return { kind: 'roman', n: ROMAN.indexOf(v) + 1 };
  if (/^[a-z]$/.test(v)) return { kind: 'lower', n: v.charCodeAt(0) - 96 };
  if (/^[a-z]+$/.test(v)) return { kind: 'roman', n: 0 };
  return { kind: 'upper', n: v.charCodeAt(0) - 64 };
}

/**
 * Whether `line` opens a paragraph of its own after a part that ended its sentence on the line above
 * (`(2) That … be brought to the September meeting.` ⏎ `Councillor Petrie left the meeting.`): the
 * minutes go on, the part does not.
 */
function newSentence(text: string, partEnd: number, line: string): boolean {
  const c = text.charCodeAt(partEnd - 1);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
  return /^[ \t]*\p{Lu}/u.test(line);
}

/**
 * The parts of a resolution on the lines from `from` (the end of `RESOLVED –` or `That the
 * Committee:`): `(1) That …`, `(a) …`, `A  …`, in sequence, each running on over wrapped lines.
 * Blank lines may separate parts; the parts end at a line that is not a part after a blank line,
 * at an `ACTION:` line, or where the sequence breaks.
 */
export function readResolutionParts(text: string, from = 0): ResolutionPart[] {
  if (text.length > 50000 || from < 0 || from > text.length) return [];
  const parts: Array<{ start: number; end: number; label: Span; text: Span }> = [];
  let kind: string | undefined;
  let expected = 1;
  let blank = false;
  let at = from;
  // skip the rest of the keyword's own line when it is blank or a lead-in ("That the Committee:")
  const nl = text.indexOf('\n', at);
  const rest = text.slice(at, nl < 0 ? text.length : nl).trim();
  if (rest.length === 0 || /[:–—-]$/.test(rest)) at = nl < 0 ? text.length : nl + 1;
  while (at < text.length) {
    const nextNl = text.indexOf('\n', at);
    const lineEnd = nextNl < 0 ? text.length : nextNl;
    const line = text.slice(at, lineEnd);
    if (line.trim().length === 0) { blank = true; at = lineEnd + 1; continue; }
    const m = PART_LABEL.exec(line);
    const k = m ? labelKey(m, kind) : undefined;
    if (m && k && (kind === undefined ? k.n === 1 : k.kind === kind && k.n === expected)) {
      kind = k.kind; expected = k.n + 1; blank = false;
      const ls = at + m[0].indexOf(m[1]);
      parts.push({ start: ls, end: endBeforeBlanks(text, at, lineEnd), label: { start: ls, end: ls + m[1].length }, text: { start: at + m[0].length, end: endBeforeBlanks(text, at, lineEnd) } });
    } else if (m && k && parts.length > 0 && (k.kind === 'roman' || (kind === 'lower' && m[2] === 'i' && expected !== 9))) {
      // "(i)", "(ii)" inside "(a)": sub-parts, kept in their part's text
      extend(lineEnd);
    } else if (parts.length > 0 && !blank && !/^[ \t]*(?:\*\*)?action\b/i.test(line) && !newSentence(text, parts[parts.length - 1].end, line)) {
      extend(lineEnd);
    } else {
      break;
    }
    at = lineEnd + 1;
  }
  return parts;

  function extend(lineEnd: number): void {
    const p = parts[parts.length - 1];
    if (!p) return;
    const e = endBeforeBlanks(text, p.start, lineEnd);
    p.end = e; p.text = { start: p.text.start, end: e };
  }
}

/** A part's label inside a sentence: `(1)`, `(a)`, `(ii)`, read where a `(` stands. */
const INLINE_LABEL = /\((\d{1,2}|[a-z]|[ivx]{1,5})\)[ \t]/y;
/** What may stand before a part after the first: the list's comma or semicolon, `and` or `or` (`… be noted; and (b) …`). */
const PART_JOINT = /(?:[;,]|[ \t](?:and|or))[ \t]*$/;

/**
 * The parts a resolution lists inside its sentence (`that (a) the outturn be noted; (b) the reserves
 * strategy be referred …`, `to: (1) approve …; and (2) delegate …`): labels in sequence from the first
 * (`(1)`, `(a)`, `(i)`), each after the list's comma, semicolon, `and` or `or`, two at least; each part
 * from its label to the next one's, as written. None where the sentence lists no such parts (a
 * section's `100A(4)`, a single `(a)`).
 */
export function readInlineParts(text: string): Span[] {
  if (text.length > 50000) return [];
  const labels: Array<{ start: number; end: number }> = [];
  let kind: string | undefined;
  let expected = 1;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    INLINE_LABEL.lastIndex = at;
    const m = INLINE_LABEL.exec(text);
    if (!m) continue;
    const v = m[1];
    const k = /^\d/.test(v) ? { kind: 'num', n: Number(v) } : kind !== 'lower' && ROMAN.includes(v) ? { kind: 'roman', n: ROMAN.indexOf(v) + 1 } : v.length === 1 ? { kind: 'lower', n: v.charCodeAt(0) - 96 } : undefined;
    if (!k) continue;
    if (kind === undefined) {
      // the first: `(1)`, `(a)`, `(i)` opening the words or after a blank (never `100A(4)`)
      if (k.n !== 1 || (at > 0 && !/[ \t:]/.test(text[at - 1]))) continue;
      kind = k.kind;
    } else if (k.kind !== kind || k.n !== expected || !PART_JOINT.test(text.slice(Math.max(0, at - 8), at))) {
      continue;
    }
    labels.push({ start: at, end: at + m[0].length });
    expected = k.n + 1;
  }
  if (labels.length < 2) return [];
  return labels.map((l, n) => ({ start: l.start, end: endBeforeBlanks(text, l.start, n + 1 < labels.length ? labels[n + 1].start : text.length) }));
}

/**
 * A decision's verb in capitals closing its paragraph, as university boards mark them: "… four of
 * which related to resits. RECEIVED", "… recruit for September 2025. RESOLVED", or the verb alone on
 * the paragraph's last line. The paragraph (before the verb) is the decision; this finds the verb
 * only: after a sentence's end or alone, nothing after it but a full stop. Case matters (`noted` at
 * a sentence's end is prose). The verbs are CAPS_DECISION_VERBS and `RESOLVED`.
 */
const TRAILING_MARK = new RegExp(String.raw`(?:^[ \t]*|[.;:!?)][ \t]+)(RESOLVED|${CAPS_DECISION_VERBS.join('|')})\.?[ \t]*$`);

export function matchTrailingMark(line: string): { keyword: Span; verb: DecisionVerb; alone: boolean } | undefined {
  // cheap first test: the line's last letter is a capital D (every line holding a verb of decision is asked)
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 0x20 || line.charCodeAt(e - 1) === 0x09 || line.charCodeAt(e - 1) === 0x2e)) e--;
  if (e < 5 || line.charCodeAt(e - 1) !== 0x44 || line.length > 4000) return undefined;
  const m = TRAILING_MARK.exec(line);
  if (!m) return undefined;
  const s = m.index + m[0].indexOf(m[1]);
  return { keyword: { start: s, end: s + m[1].length }, verb: verbOf(m[1]), alone: line.slice(0, s).trim().length === 0 };
}
