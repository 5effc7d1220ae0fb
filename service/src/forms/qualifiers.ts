/**
 * Qualifiers: what a clerk writes beside a name that is a fact about the attendance, not part of
 * the name or the role: `(substitute)`, `(from item 4)`, `(item 118 only)`, `(by phone)`,
 * `arrived 7.45pm`, `(part meeting)`, `(to PC24/066)`, `[last_20_minutes]`, `(excused)`.
 */
import type { Qualifier, QualifierKind, Span } from './types';
import { gateTable, gatesOpened, openingsOf, opens } from '../openings';
import { BRACKETED_YEAR } from '../numberSchemes';

/**
 * The last words that make a name an organisation's (a council, a trust, a health partnership, a company):
 * the one list that tells a body written beside a name from the role the person holds.
 */
const BODY_END = /\b(?:council|borough|authority|mbc|dc|cc|bc|union|trust|university|college|police|constabulary|county|district|parish|ward|board|opcc|wmp|aid|charity|collaborative|partnership|alliance|network|nhs|icb|ccg|hospitals?|healthwatch|foundation|association|society|commission|academy|school|primary|ltd|limited|plc|llp|cic|inc|partners|agency|audit services|nhs[ \t]+ft|chamber of commerce|consultancy|homes)\.?$/i;

/** Words that end the name of a council or body (`Ashby MBC`, `Women's Aid`, `OPCC`, `… Care Collaborative`): an organisation, not a role. */
export function looksLikeBody(text: string): boolean {
  const t = text.trim();
  // (`Head of Charity`, `Clerk to the Council`: an office of a body, named by it, is a role though it ends as the body's name;
  // a body after a comma, `Head of Delivery, OPCC`, stays the body)
  // (each pattern asked only where what it cannot do without stands, every person's role being asked: BODY_END's last
  // letter, BODY_NAMED's `of`, leading `healthwatch` or closing `committee`, AND_CO's `&`)
  return (mayEndBody(t) && BODY_END.test(t) && !isOfficeOf(t)) || mayNameBody(t) && BODY_NAMED.test(t) || placeNamed(t) || t.indexOf('&') >= 0 && AND_CO.test(t);
}

/** The last letters, lowered, of BODY_END's words (`council`, `hospitals?` …): the pattern's case-blind ASCII letters. */
const BODY_END_LAST: ReadonlySet<number> = new Set([...'lhycntedpksbg'].map((c) => c.charCodeAt(0)));

/** Whether `t` may end with one of BODY_END's words, then a full stop or not: the letter before that stop is one of their last letters. */
function mayEndBody(t: string): boolean {
  let e = t.length;
  if (e > 0 && t.charCodeAt(e - 1) === 0x2e) e--;
  // (`| 0x20` lowers an ASCII capital, and makes no letter of anything else)
  return e > 0 && BODY_END_LAST.has(t.charCodeAt(e - 1) | 0x20);
}

/**
 * Whether `t` holds what each of BODY_NAMED's forms cannot do without, its case ignored as the pattern does: `of` (a
 * faculty's, a board's), a leading `h` (`healthwatch`), a closing `e` (`… committee`).
 */
function mayNameBody(t: string): boolean {
  return t.indexOf('of') >= 0 || t.indexOf('Of') >= 0 || t.indexOf('OF') >= 0 || t.indexOf('oF') >= 0
    || (t.charCodeAt(0) | 0x20) === 0x68 || (t.charCodeAt(t.length - 1) | 0x20) === 0x65;
}

/** A firm of partners by their names (`Mehta Shah & Co.`, `Price & Co`): auditors, solicitors, accountants. */
const AND_CO = /\S[ \t]*&[ \t]*Co\.?$/;

/** `PLACE_NAMED`, whose words before the place are no office (`Chief Nurse Wales`, `Head of Operations Scotland`). */
function placeNamed(t: string): boolean {
  if (!mayEndPlace(t)) return false;
  const m = PLACE_NAMED.exec(t);
  return m !== null && !ROLE_WORD.test(m[1]) && !OFFICE_END.test(m[1]);
}

/**
 * Whether `t` may end as PLACE_NAMED's place does (its pattern is case-sensitive): `UK`'s `K`; `Wales`' `s`, `Scotland`'s,
 * `England`'s or `Ireland`'s `d`, `Cymru`'s `u`, `Jersey`'s or `Guernsey`'s `y`; or a small letter a–z with `Isle` before it
 * (`Isle of Man`). Asked first: every person's role is asked, and most end otherwise.
 */
function mayEndPlace(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  if (c === 0x4b || c === 0x73 || c === 0x64 || c === 0x75 || c === 0x79) return true;
  return c >= 0x61 && c <= 0x7a && t.indexOf('Isle') >= 0;
}

/**
 * A body known by the country or island it serves, named last (`Patient Voice Isle of Man`, `Age UK`, `Public Health
 * Wales`, `Citizens Advice Jersey`): words in capitals before the place, never a compass point alone (`North Wales`,
 * `Head of Operations, South West England`: the region a post covers).
 */
const PLACE_NAMED = /^(?!(?:North|South|East|West|Mid|Central|Northern|Southern|Eastern|Western)(?:[ -](?:North|South|East|West))?\s+(?:UK|Wales|Scotland|England|Ireland|Isle\b))([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:UK|Wales|Scotland|England|Cymru|Ireland|Isle\s+of\s+[A-Z][a-z]+|Jersey|Guernsey)$/;

/**
 * Words that make a phrase a role, not the body a person comes from (`Clerk to Council`, `Release
 * Manager`): a bracket or a part after a handle holding one is the role.
 */
/** A nominee's or representative's office (`Nominee Director`, `Government Representative`): a bracket after it names the body they sit for. */
export const NOMINEE_OFFICE = /\b(?:nominee|representative|appointee)\b/i;
// (an Irish council's chair and vice-chair, `Cathaoirleach`, `Leas-Chathaoirleach`)
export const ROLE_WORD = /\b(?:secretary|clerk|officer|director|chair\w*|ch?athaoirleach|member|head|manager|lead|president|treasurer|leader|mayor|maintainer|contributor|editor|coordinator|liaison|steward|reviewer|conven[eo]r)\b/i;
/** Offices held by one person that ROLE_WORD leaves out (`Provost`, `Parent Governor`, `Headteacher`): a phrase ending in one is a role. */
export const OFFICE_END = /\b(?:governor|trustee|councillor|solicitor|counsel|lawyer|accountant|surveyor|planner|inspector|senator|provost|dean|rector|bursar|registrar|chancellor|principal|librarian|auditor|executive|nurse|adviser|advisor|controller|constable|commissioner|superintendent|representative|headteacher|minutes|observer|guest|minister|vicar|curate|churchwarden|chaplain)s?$/i;


/** The office before what it is of (`Dean` of `Dean of Students`, `Head` of `Head of Charity`), if the phrase is so written. */
export function officeHead(text: string): string | undefined {
  // (the head ends on a letter, `.*?\S`: a lazy `.+?` before the blanks ran over every run of blanks once a character, quadratic)
  return /^(.*?\S)\s+(?:of|for|to)\s/i.exec(text)?.[1];
}

/** `Head of Charity`, `Clerk to the Council`: an office named by the body it is of (no comma, which would part the body from it). */
function isOfficeOf(t: string): boolean {
  const head = t.includes(',') ? undefined : officeHead(t);
  return head !== undefined && (ROLE_WORD.test(head) || OFFICE_END.test(head));
}
/**
 * Bodies named otherwise: a local Healthwatch by its place after the word (`Healthwatch Humber Vale`), and the
 * committees of a place's GPs, pharmacists, dentists and opticians (`… Local Medical Committee`), which a
 * member of an NHS committee represents (never one of the board's own committees); a board named with what it
 * is of (`Diocesan Board of Education`), with no office's word in it; a university's faculty, school or
 * department by what it is of (`Faculty of Arts and Humanities`, `School of Law`), which a member of its senate sits for
 * (never with an office's word last, `Faculty of Science Rep`: the seat a students' council gives).
 * (Each form's words it cannot do without asked first, `(?=…)`, before the scan of the whole role for an office's word:
 * every person's role is asked.)
 */
const BODY_NAMED = /^(?=(?:faculty|school|department|institute)\s)(?!.*\b(?:rep|representative|officer|member|chair|lead|dean|head)$)(?:faculty|school|department|institute)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,6}$|^healthwatch\b(?!.*\b(?:officer|manager|lead|director|representative|chair|member)$)|\blocal\s+(?:medical|pharmaceutical|dental|optical)\s+committee$|^(?=[\s\S]*\sboard\s+of\s)(?!.*\b(?:chair\w*|member|secretary|clerk|director|head|officer|representative)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+board\s+of\s+(?:education|health|governors|trustees|directors|studies)$/i;
/** A firm's name (`Brockley Moore LLP`, `Acme Ltd`): a company the person works for, never part of a role held at the board. */
export function looksLikeFirm(text: string): boolean {
  return /\b(?:ltd|limited|plc|llp|llc|cic|inc)\.?$/i.test(text.trim()) || AND_CO.test(text.trim());
}
export interface QualifierReading { readonly kind: QualifierKind; readonly value?: string }

// a minute's number as boards print it: `PC24/066`, `CS26/05`, `TB/22/116`, a parish's `Cou/290/07-08`, `C.23.86`,
// and with the year in brackets after the committee's letters, `QSEC(26)06`, `FIN (24) 07`
const REF = String.raw`(?:${BRACKETED_YEAR}|[A-Za-z]{1,4}[./]?)?\d[\w./()–-]*`;
const TIME = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?`;
/** The item an arrival or a departure was in, after its time (`7.52pm during minute 415`). */
// (or by its title: `arrived 7.50pm, during Treasurer's report`)
// (or the minute's number alone, `left 8.40pm, after 24/158`: a number with its stroke or stop, never a bare count)
const DURING = String.raw`(?:\s*,?\s+(?:(?:during|in|at|before|after)\s+(?:the\s+)?(?:(?:item|minute|min)\.?\s+${REF}|(?:${BRACKETED_YEAR}|[A-Za-z]{1,4}[./]?)?\d+[./]\d[\w./()–-]*)|during\s+[^()[\],;]{2,40}))?`;

/** An item's number in Roman numerals, with its letter after a stop (`IV`, `IV.B`). */
const ROMAN_ITEM = String.raw`[IVXL]{1,6}(?:\.[A-Z\d]{1,2})?`;
const RULES: ReadonlyArray<readonly [RegExp, QualifierKind]> = [
  [/^(?:the\s+)?(?:vice[- ]?|deputy\s+)?chair(?:man|woman|person)?$/i, 'chair'],
  // `(Leader of the Council) (in the Chair)`: who presided, said beside the member's office, a fact of this meeting
  [/^in\s+the\s+chair$/i, 'note'],
  // (`(no substitute)` after an apology: no one stood in, a fact of the attendance)
  [/^no\s+substitute(?:\s+(?:member|appointed|attended))?$/i, 'note'],
  [/^(?:substitute|sub\.?|substituting|deputy|deputising|attended|attending|representing)(?:\s+for\s+(.+))?$/i, 'substitute'],
  // (`in place of Professor Tennant`: who the one who came stood in for)
  [/^in\s+place\s+of\s+(.+)$/i, 'substitute'],
  // (`Cllr Mensah attended as his substitute`: the substitute named in the absent member's apology)
  [/^(.+?)\s+(?:substituting|deputising|attended as (?:(?:a|his|her|their)\s+)?substitute)$/i, 'substitutedBy'],
  [/^(?:represented\s+by|substituted\s+by|deputised\s+by|substitute:?)\s+(.+)$/i, 'substitutedBy'],
  // (`for Councillor Hazel Orme`: a titled member's full name too)
  [new RegExp(`^for\\s+((?:[A-Z]{2,4})|(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+)?[A-Z][\\w'’-]+|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Professor)\\.?\\s+[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’-]+){1,2})$`), 'substitute'],
  // (`from 20:10, during item 5`: the item they came in, after the time)
  // (`joined 6.10pm, during item 5` is an arrival's, below)
  [new RegExp(`^(?:(?:from|present\\s+from)\\s+(?:(?:item|minute|min)s?\\.?\\s+)?(${REF}|${TIME})${DURING}|joined(?:\\s+at)?\\s+(?:(?:item|minute|min)s?\\.?\\s+)?(${REF}|${TIME}))$`, 'i'), 'from'],
  // (`from 7.40pm until 24/117`: when they came, the words keeping when they went)
  [new RegExp(`^(?:from|present\\s+from)\\s+(?:(?:item|minute|min)s?\\.?\\s+)?(${REF}|${TIME})\\s+(?:until|to|till)\\s+(?:(?:item|minute|min)s?\\.?\\s+)?(?:${REF}|${TIME})$`, 'i'), 'from'],
  [new RegExp(`^(?:to|until|till|left\\s+after|present\\s+until)\\s+(?:(?:item|minute|min)s?\\.?\\s+)?(${REF})$`, 'i'), 'until'],
  // (`from item II`, `until item IV.B`: a North American council numbers its items in Roman numerals, in capitals)
  [new RegExp(`^(?:[Ff]rom|[Jj]oined(?:\\s+at)?|[Pp]resent\\s+from)\\s+[Ii]tems?\\s+(${ROMAN_ITEM})$`), 'from'],
  [new RegExp(`^(?:[Tt]o|[Uu]ntil|[Tt]ill|[Ll]eft\\s+after|[Pp]resent\\s+until)\\s+[Ii]tems?\\s+(${ROMAN_ITEM})$`), 'until'],
  // `(from Maintenance)`, `(until Allocations)`: from or until an item named by its title
  [/^(?:from|present\s+from|joined\s+(?:at|for|during))\s+(?:the\s+)?(\p{Lu}[^()[\]]{0,40}?)(?:\s+item)?$/u, 'from'],
  // (`from item on motions`: the item named by what it is on, in small letters)
  [/^(?:from|present\s+from|joined\s+(?:at|for|during))\s+(?:the\s+)?item\s+on\s+(?:the\s+)?(\p{L}[^()[\]]{1,40})$/u, 'from'],
  [/^(?:until|till|left\s+(?:after|during|before))\s+(?:the\s+)?(\p{Lu}[^()[\]]{0,40}?)(?:\s+item)?$/u, 'until'],
  // (`for Item No. 187.05`: a company's minutes number the item with its `No.`)
  [new RegExp(`^(?:for\\s+)?(?:item|minute|min)s?\\.?\\s+(?:no\\.?\\s*)?(${REF}(?:\\s*(?:[–-]|to|and|&)\\s*${REF})*)(?:\\s+only)?$`, 'i'), 'only'],
  // `(for CoG/25/38)`, `(for 4.2)`, `(for 25/47 and 25/48)`: present for minutes named by their references alone
  // (a letter or a stop in each, never a bare count)
  [/^for\s+((?:(?:[A-Za-z]{1,4}[./])\d[\w./–-]*|\d+[./]\d[\w./–-]*)(?:\s*(?:,|and|&|to)\s*(?:(?:[A-Za-z]{1,4}[./])\d[\w./–-]*|\d+[./]\d[\w./–-]*))*)(?:\s+only)?$/i, 'only'],
  // `(085/25 to 087/25)`: the minutes they were present for, from one reference to another (each with a stop or a stroke, never a count)
  [/^((?:[A-Za-z]{1,4}[./])?\d+[./]\d[\w./]*\s*(?:[–-]|to)\s*(?:[A-Za-z]{1,4}[./])?\d+[./]\d[\w./]*)$/i, 'only'],
  [/^(.+?)\s+only$/i, 'only'],
  // `(Orbis, for the plugin API topic)`: a guest who came for one topic of the notes
  // (a fact beside the name, as any bracket of the kind is: the topic is no minute's number)
  [/^for\s+the\s+.{2,40}?\s+(?:topic|item|discussion|session|presentation)$/i, 'note'],
  // (`proxy: Hannah Lowe` beside an apology: who holds the absent member's vote)
  [/^proxy(?:\s*:\s*|\s+(?:to|held\s+by)\s+)\p{Lu}[\p{L}'’. -]{1,40}$/u, 'note'],
  // (`(alternate)`: a member's alternate sitting in their place, as an international board lists them)
  [/^alternate(?:\s+member)?$/i, 'note'],
  // (`also representing Bulgaria` beside a member of an international board: whose vote they carry too)
  [/^(?:also|and)\s+representing\s+(?:the\s+)?\p{Lu}[\p{L}'’. -]{1,40}$/u, 'note'],
  // the time, the item, or both (`arrived 7.52pm during minute 415`, `left at 9.10pm after item 7`, `joined 6.10pm, during item 5`)
  // (`joined` only with its time, and that alone is read above, as `from`)
  [new RegExp(`^(?:arrived(?:\\s+(?:at|during|in))?\\s+(${TIME}|(?:item|minute)\\s+${REF})|joined(?:\\s+at)?\\s+(${TIME}))${DURING}$`, 'i'), 'arrived'],
  [new RegExp(`^(?:left|departed)(?:\\s+(?:the\\s+meeting\\s+)?(?:at|during|in))?\\s+(${TIME}|(?:item|minute)\\s+${REF})${DURING}$`, 'i'), 'left'],
  // `(absent for GA/26/21)`, `(withdrew for item 7)`: away for an item of the meeting, there for the rest
  [new RegExp(`^(?:absent|withdrew|not\\s+present)\\s+(?:for|from|during)\\s+(?:(?:item|minute|min)s?\\.?\\s+)?(${REF}(?:\\s*(?:[–-]|to|and|&)\\s*${REF})*)$`, 'i'), 'part'],
  // `[last_20_minutes]`, `[last_half]`, `(first hour)`, `[left_early]`: part of the meeting
  [/^(?:(?:attended\s+)?part(?:\s+(?:of\s+)?(?:the\s+)?meeting)?|part-time|partial|(?:first|last)[_ ](\d+)[_ ]min(?:ute)?s?|(?:first|last|second)[_ ](?:half|hour)|left[_ ]early|joined[_ ]late|for late arrival|late)$/i, 'part'],
  // `(electronic)`: North American councils' word for a member taking part from afar
  // (`(MS Teams)`, `attended by video link`, `attended remotely`: the way they took part, said with the verb or the tool alone)
  // (or both, `remotely via MS Teams`, `online by Zoom`)
  // (`via audio-visual link`, `by audio visual link`: New Zealand and Australian councils' statutory words for it)
  [/^(?:(?:attended|attending|joined|participated)\s+)?(?:(?:by|via)\s+(?:audio[- ]?visual|audio|video)[- ]?(?:link|conference|conferencing)|by\s+(?:phone|telephone|video(?:\s+link)?|zoom|teams|skype)|(?:remote(?:ly)?|virtual(?:ly)?|electronic(?:ally)?|online)(?:\s+(?:via|by|on)\s+(?:(?:ms|microsoft)\s+)?(?:teams|zoom|skype|webex|video(?:\s+link)?|(?:tele)?phone))?|via\s+\w+(?:\s+teams)?|on\s+(?:(?:ms|microsoft)\s+)?(?:teams|zoom)|irc[_ ]only|phone|dial[- ]in|(?:ms|microsoft)\s+teams|zoom)$/i, 'remote'],
  [/^(?:excused|unexcused|unexplained|no apologies(?: received)?|without (?:an? )?apolog(?:y|ies)(?: (?:being )?(?:received|given|sent))?)$/i, 'excused'],
  // a board's answer to an apology: `– accepted`, `apologies not accepted`
  [/^(?:(?:absence|apolog(?:y|ies))\s+)?not\s+(?:consented|accepted|approved)$/i, 'notConsented'],
  [/^(?:(?:absence|apolog(?:y|ies))\s+)?(?:consented|accepted|approved)$/i, 'consented'],
  // `Governance Professional (clerk)`: in small letters, the clerk's word says who took the minutes, as `(minutes)` does (`(Clerk)` is an office)
  [/^clerk$/, 'minutes'],
  // (an NHS committee's `(secretariat)`: the officer who serves the committee and takes its minutes)
  [/^(?:minutes?|note[- ]?taker|notes|minute[- ]taker|taking (?:minutes|notes)|recording|recorder|scribe|secretariat|clerk,?\s+minutes)$/i, 'minutes'],
  [/^observer$/i, 'observer'],
  // `Ms A Roe (non-voting)` under a student member's heading: how they sit, a fact beside the office the heading gives
  // (`Jaylen Moore (preferential vote)`: a US student board member's vote, recorded but not counted; `(advisory vote)` alike)
  [/^(?:(?:co-?opted,?\s+)?non-voting|(?:with\s+(?:an?\s+)?)?(?:preferential|advisory|non-binding)\s+vote)$/i, 'note'],
  // `(observing)` tells what they did at this meeting, a fact beside the name; `(observer)` is what they are, their role
  [/^observing$/i, 'note'],
  [/^guest$/i, 'guest'],
  // a reason for absence, never an office that starts with the same word (`Medical Director`, `Personal Assistant`)
  // (`on holiday`, `on leave`: the same said with its preposition)
  // (an office's word anywhere in it makes it the office: `Medical Director and Deputy Chief Executive`, `Personal Assistant to the Chair`)
  [/^(?:on\s+(?=holiday|annual leave|leave|sick))?(?:work|family|personal|prior|other|holiday|annual leave|leave|illness|ill|unwell|sick|sickness|medical|hospital|bereavement|caring|childcare)\b(?!.*\b(?:director|officer|secretary|manager|lead|adviser|advisor|assistant|examiner|consultant|practitioner|executive|chair|head)\b).{0,40}$/i, 'note'],
];

/**
 * Each rule's gate on a text's first two characters (openings.ts, read from the rule's own pattern), a bit a rule: a
 * qualifier is asked of the words after every person's name (`Police and Crime Commissioner`), and most open as no
 * rule can, so that only the few rules that may match are run (and compiled, in a file's first parse).
 */
// (a table holds 31 gates: a rule after them is always run)
const GATED_RULES = 31;
const RULE_GATES = gateTable(RULES.slice(0, GATED_RULES).map(([re]) => openingsOf(re)));

/** Reads one qualifier (`from item 4`, `by phone`); undefined when the text is not one (a role, an org). */
export function readQualifier(text: string): QualifierReading | undefined {
  // (the stops at its end taken off by hand: `/[.;,]+$/`, tried from each stop of a long run, took seconds)
  const whole = text.trim();
  let e = whole.length;
  while (e > 0 && (whole.charCodeAt(e - 1) === 0x2e || whole.charCodeAt(e - 1) === 0x3b || whole.charCodeAt(e - 1) === 0x2c)) e--;
  if (e === 0 || e > 60) return undefined;
  const t = whole.slice(0, e);
  const open = gatesOpened(RULE_GATES, t);
  for (let k = 0; k < RULES.length; k++) {
    if (k < GATED_RULES && (open & (1 << k)) === 0) continue;
    const [re, kind] = RULES[k];
    const m = re.exec(t);
    if (!m) continue;
    const value = m.slice(1).find((g) => g !== undefined);
    // `(from Wyeford District Council)` says whom they come from: a body, no time of arrival
    if ((kind === 'from' || kind === 'until') && value !== undefined && looksLikeBody(value)) return undefined;
    return value !== undefined ? { kind, value: value.trim() } : { kind };
  }
  return undefined;
}

/**
 * The substitution a role names (`substitute for Cllr Keswick`, as our markup writes it in the role),
 * read only of a role that can open as a substitute form of RULES does (the gate read from those
 * patterns themselves, openings.ts): the substitute rule asks it of every member present, whose roles
 * are nearly all offices, and the whole table of qualifiers is some twenty patterns.
 */
export function readSubstitution(role: string): QualifierReading | undefined {
  const t = role.trimStart();
  if (!SUBSTITUTE_GATES.some((o) => opens(o, t))) return undefined;
  const q = readQualifier(role);
  return q?.kind === 'substitute' ? q : undefined;
}
const SUBSTITUTE_GATES = RULES.filter(([, kind]) => kind === 'substitute').map(([re]) => openingsOf(re));

/**
 * A school governor's category in words, as a governing board's list writes it after the name or
 * the office (`Mrs A Jessop (AJ) Chair, Foundation`, `(DH) Foundation`, `Headteacher, ex officio`):
 * the kind of seat they hold, never an office nor a body.
 */
export function isGovernorCategory(text: string): boolean {
  return GOVERNOR_SEAT.test(text.trim());
}
const GOVERNOR_SEAT = /^(?:foundation|parent|staff|local authority|co-opted|ex[- ]officio|partnership|sponsor)$/i;

/**
 * A governor's category written out with the word (`Co-opted Governor`, `Local Authority Governor`), as a
 * board's list prints it after the governor's initials and office (`Mrs A Roe (AR), Chair, Parent Governor`):
 * the kind of seat, no office. (`Staff Governor` alone, without initials, stays a role: a university's or a
 * trust's council of governors names its members' seats so.)
 */
export function isGovernorSeat(text: string): boolean {
  const t = text.trim();
  // (a trust's board writes its trustees' seats so: `Co-opted trustee`)
  const seat = /\s(?:governor|trustee)$/i.exec(t);
  return seat !== null && GOVERNOR_SEAT.test(t.slice(0, seat.index).trim());
}

/** Membership category codes in brackets: `FG`, `CoG`, `LAG`, `HT`. Two to five letters, a capital first, mostly capitals. */
export function looksLikeCode(text: string): boolean {
  return /^[A-Z][A-Za-z]{1,4}$/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * A table's role cell: the role, less what is a fact of the attendance at its end, a bracket (`Deputy Chief Medical Officer
 * (for OS)`, `contributor (joined at item 3)`) and, with `commaPart`, a last part after a comma (`maintainer, notes`: the
 * note-taker; `maintainer, facilitator` stays the role). A bracket alone in the cell (`(on Teams)`) leaves no role.
 * `chairStays`: a bracket naming the chair (`Member (Chair)`) stays in the role (a tab grid's), else it is a qualifier too.
 */
export function readRoleCell(line: string, cell: Span, options: { readonly chairStays?: boolean; readonly commaPart?: boolean } = {}): { role?: Span; qualifiers: Qualifier[] } {
  const qualifiers: Qualifier[] = [];
  let end = cell.end;
  const br = line.charCodeAt(end - 1) === 0x29 /* ) */ || /\s/.test(line[end - 1]) ? /\(([^()]+)\)\s*$/.exec(line.slice(cell.start, end)) : null;
  if (br) {
    const s = cell.start + br.index + 1;
    const q = readQualifier(br[1]);
    if (q && !(options.chairStays && q.kind === 'chair')) {
      qualifiers.push({ kind: q.kind, start: s, end: s + br[1].length, ...(q.value !== undefined ? { value: q.value } : {}) });
      end = cell.start + br.index;
    }
  }
  const comma = options.commaPart ? line.lastIndexOf(',', end - 1) : -1;
  if (comma > cell.start) {
    const part = line.slice(comma + 1, end);
    const q = readQualifier(part);
    // (`(TSC, chair)`, `guest`: what they are at the meeting, which the role keeps)
    if (q && q.kind !== 'chair' && q.kind !== 'observer' && q.kind !== 'guest') {
      const s = comma + 1 + (part.length - part.trimStart().length);
      qualifiers.unshift({ kind: q.kind, start: s, end: s + part.trim().length, ...(q.value !== undefined ? { value: q.value } : {}) });
      end = comma;
    }
  }
  while (end > cell.start && /\s/.test(line[end - 1])) end--;
  return { ...(end > cell.start ? { role: { start: cell.start, end } } : {}), qualifiers };
}
