/**
 * The canonical spelling of each construct of the markup (docs/markup.md). The parser
 * recognises variants; quick fixes and snippets write these forms. One place for each.
 */
import { isHalf } from './forms/twoLanguages';
import { gatesOpened, gateTable, openingsOf } from './openings';
export const CANONICAL = {
  action: 'ACTION:',
  decision: 'DECISION:',
  presentedBy: 'Presented by:',
  owner: 'Owner:',
  due: 'Due:',
  nextMeeting: 'Next meeting:',
  date: 'Date:',
  personSeparator: ' : ',
  /** What a quick fix writes for a role it does not know, for the clerk to fill; never published. */
  rolePlaceholder: '[role]',
  blocks: { present: 'Present:', apologies: 'Apologies:', inAttendance: 'In attendance:', absent: 'Absent:' },
  /** New Meeting's list of last time's members, for the clerk to move to Present or Apologies; never published (toConfirm.ts). */
  membersToConfirm: 'Members to confirm (move each to Present or Apologies):',
  officersToConfirm: 'Officers to confirm (move each to In attendance):',
  sectionPrefix: '## ',
  titlePrefix: '# ',
} as const;

export type BlockKind = keyof typeof CANONICAL.blocks;

/** Words that open a people block, as written in published minutes, mapped to its kind. */
export const BLOCK_WORDS: ReadonlyArray<readonly [RegExp, BlockKind]> = [
  // a senate's roll call names its members `Senators` (`Senators present: …`, `Senators absent: …`)
  // an NHS committee parts its members by their vote (`Members (voting)`, `Members (non-voting)`): members both
  // (an ICB's table parts them under `Voting members` and `Non-voting members`: members both, the vote no list of ours)
  // (a school board's BoardDocs page: `Present Board Members:`, `Absent Board Members:`)
  // a Scottish body's `Sederunt:` (those who sat), its word for those present
  // (an association's general meeting names its committee apart from the members in the room: `Committee present: …`)
  // (a strata council's or a board's own members `in attendance`: `COUNCIL IN ATTENDANCE:`, `Board members in attendance:`; a
  // UK council's `Members in attendance` are other councillors without a seat, below)
  // (a Minnesota council's prose roll call: `Voting and Seating Order: Councilmembers …; and Mayor …`, the members in their seats)
  [/^(?:present|sederunt|attendees|(?:voting[ \t]+and[ \t]+)?seating[ \t]+order|voting[ \t]+order|participants|attendance|members present|present (?:board )?members|student board members?|those present|(?:governors|trustees|directors|councillors|council|board|board members|voting members|members|senators|(?:management[ \t]+)?committee(?:[ \t]+members)?) present|council members|board members|members|councillors|maintainers|members \((?:voting|non-voting)\)|(?:non[- ]?)?voting members|co-?opted(?: members?)?|co-?optees|substitutes|substitute members|joined late|arrived late|late arrivals?|(?:(?:strata[ \t]+)?council|board|directors|trustees)(?:[ \t]+members)? in attendance)$/i, 'present'],
  // a roll call's members absent with leave (`Senators excused: …`)
  // (a project's running notes: `Couldn't make it:`, `Unable to attend:`, those who sent word)
  // (a US school board's roll call: `BOARD PRESENT:`, `BOARD ABSENT:`, `STUDENT REP:` its member without a vote)
  // (a school's board: `Absent with consent:` the governors whose apologies it accepted, `Absent without consent:` the others)
  // (a company's board: `Leave of absence:`, the directors who asked leave not to attend, Secretarial Standard-1's words)
  [/^(?:apologies|apologies for absence|apologies received|leave of absence(?: (?:granted|sought|requested))?|apologies (?:received and )?(?:accepted|consented)|absent with (?:consent|apologies|leave)|regrets|(?:senators |members )excused|(?:couldn['’]t|could not|can['’]t|cannot) make it|unable to (?:attend|make it))$/i, 'apologies'],
  // (`For item ARC/26/19:` over the guests who came for it: its words are each one's qualifier, headings.ts's forItemHeading)
  // and those who attend without a vote `Liaisons`, `Ex officio`, `Guest` (one named alone), a council's `External Auditor`
  // a council committee's members of the council who attend without a seat on it (`Ward Members in attendance (non-voting)`)
  // (an Irish county council's `Officials in Attendance:`, its staff as a Scottish or English council's officers)
  // (a strata council's property manager, who writes its minutes without a seat on it: `STRATA AGENT:`, `Property Manager:`)
  // (a school's board's associate members, appointed without a vote at its meetings: `Associate member: Mr R Delaney (RD)`)
  // a board's executives who attend without a seat (`Executive team in attendance:`, `Senior leadership team in attendance:`)
  [/^(?:in attendance|also present|(?:executives?|(?:senior[ \t]+)?(?:executive|leadership|management)(?:[ \t]+team)?|senior[ \t]+(?:leadership|management)[ \t]+team|executive[ \t]+(?:directors|officers|staff))[ \t]+(?:also[ \t]+)?in[ \t]+attendance|also in attendance|also attending|also on the (?:call|line)|(?:officers|officials)[ \t]+(?:present|in[ \t]+attendance)|officers?|officials|secretariat|staff (?:present|in attendance)|(?:city |council )?staff|observers?|observing|guests?|associate members?|non[- ]?voting participants|student rep(?:resentative)?s?|for (?:items?|minutes?) [\w./-]*\d[\w./-]*|(?:liaisons|ex[- ]officio(?: members)?|non-voting members) present|(?:external|internal) auditors?|(?:strata|managing|property)[ \t]+(?:agents?|managers?)|(?:(?:ward|other|local|visiting)[ \t]+)?(?:members|councillors)[ \t]+(?:also[ \t]+)?in[ \t]+attendance(?:[ \t]*\((?:non-voting|not voting)\))?)$/i, 'inAttendance'],
  // a roll call's members not there, with or without apologies (`Absent: … (excused)`)
  // (a US council's roll call: `ABSENT AT ROLL CALL: …`, `EXCUSED: …`, the member absent with leave, as `Absent: … (excused)`)
  [/^(?:absent|absentees|absent at roll call|excused|absent without (?:apology|apologies|consent|leave)|(?:governors|trustees|directors|councillors|council|board|board members|members|senators) absent|absent (?:board )?members|(?:(?:governors|trustees|directors|members)[ \t]+)?not present)$/i, 'absent'],
];

/** BLOCK_WORDS' gates on a text's first two letters, read from their patterns (openings.ts): bit k for the list k. */
const BLOCK_GATES = gateTable(BLOCK_WORDS.map(([re]) => openingsOf(re)));

/** The kind of people block a heading's or label's words name (`Present`, `Apologies`, `Also in attendance`), by BLOCK_WORDS. */
export function blockWordKind(word: string): BlockKind | undefined {
  // (each list's words asked only of a text whose first two letters one of them opens with: a person's name, asked
  // before every colon of a list, opens with none)
  const gates = gatesOpened(BLOCK_GATES, word);
  if (gates !== 0) for (let k = 0; k < BLOCK_WORDS.length; k++) if ((gates & (1 << k)) !== 0 && BLOCK_WORDS[k][0].test(word)) return BLOCK_WORDS[k][1];
  // a bilingual council prints each label in both languages, either first (`Yn bresennol / Present`, `Apologies /
  // Ymddiheuriadau`): the list is the one the half we know names, the other half a few words of the other language
  const slash = word.indexOf('/');
  if (slash > 0 && word.indexOf('/', slash + 1) < 0) return bilingualKind(word.slice(0, slash).trim(), word.slice(slash + 1).trim());
  // a board that parts its lists by the vote says so in a bracket after the list's word (`Present (voting members)`,
  // `Participants (non-voting)`): the list is the word's; who votes is not whether they came
  // (those in attendance have no vote: `Members in attendance (voting)` is no list of ours)
  const open = word.charCodeAt(word.length - 1) === 0x29 ? word.lastIndexOf('(') : -1;
  const vote = open > 0 ? VOTE_BRACKET.exec(word.slice(open)) : null;
  if (vote) {
    const before = word.slice(0, open).trimEnd();
    for (const [re, kind] of BLOCK_WORDS) if (re.test(before)) return kind === 'inAttendance' && vote[1] === undefined ? undefined : kind;
  }
  return undefined;
}

/** The list one half of a bilingual label names, the other half words alone (no digit, no list's word of another kind). */
function bilingualKind(a: string, b: string): BlockKind | undefined {
  if (!isHalf(a, LABEL_HALF_WORDS) || !isHalf(b, LABEL_HALF_WORDS)) return undefined;
  const ka = blockWordKind(a);
  const kb = blockWordKind(b);
  return ka === undefined ? kb : kb === undefined || kb === ka ? ka : undefined;
}
/** The most words a label's half has in either language. */
const LABEL_HALF_WORDS = 4;

/** A bracket at the end of a list's word saying whether its members vote (`(voting members)`, `(non-voting)`). */
const VOTE_BRACKET = /^\((non[- ]?|not[ \t]+)?voting(?:[ \t]+members?)?\)$/i;

export const BLOCK_LABELS: Record<BlockKind, string> = { present: 'Present', apologies: 'Apologies', inAttendance: 'In attendance', absent: 'Absent' };

/** Bodies that may own an action without being a person in the lists. Acronyms (WMP, OPCC) are always bodies. */
export const DEFAULT_BODIES = ['West Midlands Police', 'the Force', 'Force', 'the Board', 'Board', 'Board Members', 'the Commissioner', 'the Office of the Police and Crime Commissioner', 'Finance', 'the Secretariat', 'Secretariat', 'all', 'All members'];
