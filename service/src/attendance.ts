/**
 * Who a name in the text refers to: a person in the people blocks (by full name, surname,
 * initials or a shortened first name), a role ("Chief Constable"), or a body ("WMP").
 */
import type { Meeting, PeopleBlock, Person } from './model';
import { DEFAULT_BODIES } from './markup';
import { editDistance, parseName } from './people';
import { asWritten } from './encoding';
import { isActor, isAddressedOffice, isEveryone, isRoleWord } from './forms/owners';

export type Resolution =
  | { readonly kind: 'person'; readonly person: Person }
  /** A role: held by `person` in this meeting's lists, or a role title nobody here holds ("Chief Constable"). */
  | { readonly kind: 'role'; readonly person?: Person }
  | { readonly kind: 'body' }
  | { readonly kind: 'unknown'; readonly suggestion?: Person };

export function allPeople(meeting: Meeting): Person[] {
  return meeting.people.flatMap((b) => b.people);
}

const BODY_WORDS = /\b(?:police|council|board|team|office|service|services|department|unit|panel|committee|commission|authority|partnership|force|secretariat|group)$/i;
/** A post by its words, whoever holds it (a university's `Bursar`, `Registrar`, `Chief Operations Officer`, `President of the Students' Union` among them). */
const ROLE_WORDS = /^(?:the\s+)?(?:(?:deputy|assistant|acting|interim|chief|head|vice|joint)\s+)*(?:chief constable|constable|commissioner|chief executive|executive|officer|(?:finance|operations|operating|information|academic|people)\s+officer|director|(?:director|head) of [\w\s&]+|manager|board member|member|chair(?:man|woman|person)?|secretary|clerk|treasurer|bursar|registrar|president of the [\w\s'’]+|superintendent|inspector|lead|coordinator|adviser|advisor|controller)$/i;

/** One word that is a post's in the plural (`Deans`, `Clerks`, `Directors`). */
function isPostPlural(t: string): boolean {
  return t.length > 3 && t.indexOf(' ') < 0 && (t.endsWith('s') || t.endsWith('S')) && isRoleWord(t.slice(0, -1));
}

function norm(s: string): string {
  // each step only where it changes something: every person of every meeting, and every name written, comes here
  let t = asWritten(s).toLowerCase();
  if (t.startsWith('the')) t = t.replace(/^the\s+/, '');
  if (t.includes('.') || t.includes(',')) t = t.replace(/[.,]/g, '');
  if (SPACING.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}
/** Spacing that `norm` makes one space: two spaces or more in a row, or a space other than U+0020. */
const SPACING = /\s\s|[^\S ]/;

/**
 * A role as looked up: `the Chairman`, `Chairperson` and `Chair` are one role, `Vice-Chair` and `Vice Chair`
 * another; and so are an Irish council's `Cathaoirleach` and `Leas-Chathaoirleach`, a Welsh council's
 * `Cadeirydd` and `Is-gadeirydd` (`the Chair` in their minutes is the Cathaoirleach).
 */
function roleKey(s: string): string {
  let n = norm(s);
  // `Hon Treasurer`, `Asst Director`, `Exec Director`: a post's word as clerks shorten it is the post written out
  if (SHORT_POST_WORD.test(n)) n = n.replace(SHORT_POST_WORDS, (w) => LONG_POST_WORD[w]);
  if (n.includes('athaoirleach') || n.includes('adeirydd')) n = n.replace(VICE_CHAIR_IN_IRISH_OR_WELSH, 'vice chair').replace(CHAIR_IN_IRISH_OR_WELSH, 'chair');
  return n.includes('chair') ? n.replace(/\bchair(?:man|woman|person)\b/g, 'chair').replace(/\bvice-chair\b/g, 'vice chair') : n;
}
/** The vice-chair in Irish (`Leas-Chathaoirleach`, its initial softened after `Leas`) and in Welsh (`Is-gadeirydd`, likewise after `Is`). */
const VICE_CHAIR_IN_IRISH_OR_WELSH = /\bleas[- ]?ch?athaoirleach\b|\bis[- ]?[cg]adeirydd\b/g;
/** The chair in Irish and in Welsh. */
const CHAIR_IN_IRISH_OR_WELSH = /\bcathaoirleach\b|\bcadeirydd\b/g;

/** The words of a post clerks shorten, and what each stands for (`norm` took the full stop off `Hon.`). */
const LONG_POST_WORD: Readonly<Record<string, string>> = { hon: 'honorary', asst: 'assistant', dep: 'deputy', exec: 'executive', dir: 'director', mgr: 'manager' };
const SHORT_POST_WORD = /\b(?:hon|asst|dep|exec|dir|mgr)\b/;
const SHORT_POST_WORDS = new RegExp(SHORT_POST_WORD.source, 'g');

/**
 * The bracket closing a post, a capital opening it (`(Education)`), with the blanks before it: its index there, its text
 * and its letter (`[1]`), as `/[ \t]*\((\p{Lu})[\p{L}'’ -]*\)$/u` gives them. Found from the last `(` (the bracket holds
 * none): the pattern alone tried a long run of blanks from each of them.
 */
function closingBracket(role: string): { readonly index: number; readonly 0: string; readonly 1: string } | undefined {
  if (role.charCodeAt(role.length - 1) !== 0x29) return undefined;
  const open = role.lastIndexOf('(');
  const m = open >= 0 ? BRACKET_POST.exec(role.slice(open)) : null;
  if (!m) return undefined;
  let index = open;
  while (index > 0 && (role.charCodeAt(index - 1) === 0x20 || role.charCodeAt(index - 1) === 0x09)) index--;
  return { index, 0: role.slice(index), 1: m[1] };
}
const BRACKET_POST = /^\((\p{Lu})[\p{L}'’ -]*\)$/u;

/**
 * The titles of a joint post (`Clerk & RFO`, `Clerk and RFO`, `Clerk/RFO`), each without the blanks about its `&`, `/` or
 * `and`, as a split at the marks with the blanks about them gave them: split at the marks, the blanks taken off after
 * (a pattern with the blanks in it tried a long run of them from each of them).
 */
function jointParts(post: string): string[] {
  const parts = post.split(JOINT_MARK);
  for (let k = 0; k < parts.length; k++) {
    let t = parts[k];
    if (k > 0) { let a = 0; while (a < t.length && (t.charCodeAt(a) === 0x20 || t.charCodeAt(a) === 0x09)) a++; t = t.slice(a); }
    if (k < parts.length - 1) { let e = t.length; while (e > 0 && (t.charCodeAt(e - 1) === 0x20 || t.charCodeAt(e - 1) === 0x09)) e--; t = t.slice(0, e); }
    parts[k] = t;
  }
  return parts;
}
const JOINT_MARK = /&|\/|\band\b/;

/**
 * The letters a post of three words or more is known by (`Chief Administrative Officer` → `cao`), its small words left out;
 * a university's post by each part of a hyphened word and the letter of its bracket (`Deputy Vice-Chancellor (Education)` →
 * `dvc(e)`), as its minutes' Action column writes it. `least`: the fewest words (two where the caller knows the letters
 * stand for an owner, `Academic Registrar` → `ar`; a mention alone, `TT`, is no Town Treasurer).
 */
export function lettersOf(role: string, least = 3): string | undefined {
  const bracket = closingBracket(role);
  const post = bracket ? role.slice(0, bracket.index) : role;
  const words = post.trim().split(/[\s-]+/).filter((w) => !/^(?:of|and|for|the|to|&)$/i.test(w));
  if (words.length < least || words.length > 5 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  // (`Vice-Chancellor (Chair)`: who chaired this meeting is no letter of the post)
  const which = bracket && !/^\s*\((?:vice[- ]?|deputy[ ])?chair/i.test(bracket[0]) ? `(${bracket[1].toLowerCase()})` : '';
  return words.map((w) => w[0].toLowerCase()).join('') + which;
}

function firstNamesAgree(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.startsWith(y) || y.startsWith(x) || x[0] === y[0];
}

interface PeopleIndex {
  readonly people: Person[];
  readonly byName: Map<string, Person>;
  readonly bySurname: Map<string, Person[]>;
  readonly byInitials: Map<string, Person[]>;
  readonly written: Map<string, Person>;
  /** First names (`Amara:` in scribed minutes), and `@handles` of Markdown notes. */
  readonly byFirstName: Map<string, Person[]>;
  readonly byHandle: Map<string, Person>;
  readonly roles: Array<[string, Person]>;
  /** The holders of the posts of several words, by the post's last word (`clerk` for `Town Clerk`). */
  readonly heads: Map<string, Person[]>;
  /** Mentions resolved so far against these people and `bodies` (owners recur in every item). */
  resolved: { bodies: readonly string[]; readonly byText: Map<string, Resolution> };
}

// The index of a meeting's people is built once per list of people blocks (parsed documents are
// immutable; a re-parse of one item keeps the meeting's blocks, and so their index).
const indexes = new WeakMap<readonly PeopleBlock[], PeopleIndex>();

/**
 * The roles a person's post names them by (`indexOf`'s, in its order). This and the two below are
 * functions of their own: the engine optimises a function after an amount of its work that grows with
 * its size, and the index of a meeting's people, built once a meeting, was among the last parts of a
 * parse to be optimised.
 */
function addRoles(roles: Array<[string, Person]>, p: Person, role: string): void {
  roles.push([roleKey(role), p]);
  const posts = role.split(',');
  roles.push([roleKey(posts[0]), p]);
  // a second post after a comma (`Governance Officer, Secretary to Senate`) names the person too; an
  // organisation there (`Chief Executive, OPCC`, `Officer, Students' Union`) holds no role's word, and names no one
  for (let k = 1; k < posts.length; k++) if (/\S\s+\S/.test(posts[k].trim()) && isActor(posts[k])) roles.push([roleKey(posts[k]), p]);
  // a joint post (`Clerk & RFO`, `Clerk and RFO`, `Clerk/RFO`): each of its short titles names the person
  // (`Clerk and Responsible Financial Officer`: two titles, each an office; `Director of Finance and Procurement` is one)
  const joint = jointParts(posts[0]);
  if (joint.length > 1 && (joint.every((j) => j.trim().length > 0 && j.trim().split(/\s+/).length <= 2) || joint.every((j) => isActor(j)))) for (const j of joint) roles.push([roleKey(j), p]);
}

/**
 * A post named by its letters (`the CAO` for the Chief Administrative Officer), when one person holds a post so lettered:
 * after every post written out, which a role's words match first.
 */
function letteredRoles(people: readonly Person[], roles: Array<[string, Person]>): void {
  const lettered = new Map<string, Person[]>();
  for (const p of people) {
    const letters = p.role ? lettersOf(p.role.split(',')[0]) : undefined;
    if (letters) add(lettered, letters, p);
  }
  for (const [k, holders] of lettered) if (holders.length === 1) roles.push([k, holders[0]]);
}

/** A post named by its last word, a role's (`Town Clerk`, `Township Manager`): the `Clerk`, the `Manager`, when one person holds such a post. */
function postHeads(roles: ReadonlyArray<[string, Person]>): Map<string, Person[]> {
  const heads = new Map<string, Person[]>();
  for (const [r, p] of roles) {
    const m = POST_HEAD.exec(r);
    if (m && !DEPUTY.test(r) && ROLE_WORDS.test(m[1])) { const list = heads.get(m[1]); if (!list) heads.set(m[1], [p]); else if (!list.includes(p)) list.push(p); }
  }
  return heads;
}

function indexOf(meeting: Meeting): PeopleIndex {
  let ix = indexes.get(meeting.people);
  if (ix) return ix;
  const people = allPeople(meeting);
  const byName = new Map<string, Person>();
  const bySurname = new Map<string, Person[]>();
  const byInitials = new Map<string, Person[]>();
  const written = new Map<string, Person>();
  const byFirstName = new Map<string, Person[]>();
  const byHandle = new Map<string, Person>();
  const roles: Array<[string, Person]> = [];
  for (const p of people) {
    if (p.name.words.length > 1) add(byFirstName, p.name.words[0].toLowerCase(), p);
    if (p.handle && !byHandle.has(p.handle.toLowerCase())) byHandle.set(p.handle.toLowerCase(), p);
    const key = norm(p.name.display);
    if (!byName.has(key)) byName.set(key, p);
    add(bySurname, p.name.surname.toLowerCase(), p);
    add(byInitials, p.name.initials, p);
    if (p.initials && !written.has(p.initials)) written.set(p.initials, p);
    if (p.role) addRoles(roles, p, p.role);
  }
  letteredRoles(people, roles);
  const heads = postHeads(roles);
  ix = { people, byName, bySurname, byInitials, written, byFirstName, byHandle, roles, heads, resolved: { bodies: NO_BODIES, byText: new Map() } };
  indexes.set(meeting.people, ix);
  return ix;
}

/** Adds `p` to the list of `key` (a list of its own for each key: the index's lists are never shared). */
function add(map: Map<string, Person[]>, key: string, p: Person): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

const BODY_SET = new Set(DEFAULT_BODIES.map(norm));

const NO_BODIES: readonly string[] = [];
/** The staff together as an owner (`Staff`, `the staff`, `City staff`, `District staff`): at most one word before it. */
const STAFF = /^(?:the )?(?:[a-z]+ )?staff$/;

export function resolveMention(text: string, meeting: Meeting, bodies: readonly string[] = NO_BODIES): Resolution {
  // `AR` where the minutes' legend spells it out (`AR – Academic Registrar`): whoever holds what it stands for
  const spelt = meeting.abbreviations?.[text.trim()];
  if (spelt !== undefined && spelt !== text.trim()) {
    const r = resolveMention(spelt, meeting, bodies);
    if (r.kind === 'person' || (r.kind === 'role' && r.person)) return r;
  }
  const ix = indexOf(meeting);
  if (ix.resolved.bodies !== bodies) ix.resolved = { bodies, byText: new Map() };
  let r = ix.resolved.byText.get(text);
  if (!r) {
    r = resolve(text, ix, bodies);
    ix.resolved.byText.set(text, r);
  }
  return r;
}

/** A post of several words whose last word it is: the words before it say which of the kind (`Town`); not a deputy's post. */
const POST_HEAD = /^[a-z][\w'’-]*(?: [\w'’&-]+)* ([a-z][\w-]*)$/;
const DEPUTY = /^(?:deputy|assistant|vice|sub|joint|under)\b|^vice-/;

/** The one person whose post ends in `role`, a title of one word (`clerk`: the Town Clerk), if one does. */
function headOf(ix: PeopleIndex, role: string): Person | undefined {
  if (role.includes(' ')) return undefined;
  const holders = ix.heads.get(role);
  return holders && holders.length === 1 ? holders[0] : undefined;
}

/**
 * The one person whose post starts with `role`'s words, the words after them saying which one
 * (`Vice Principal` for the Vice Principal Curriculum and Quality, `Clerk` for the Clerk to the
 * Board), when nobody else's does; a qualifier word alone (`Vice`, `Deputy`) names no post.
 */
function firstWordsOf(ix: PeopleIndex, role: string): Person | undefined {
  const wanted = role.replace(/^the /, '');
  if (wanted.length < 4 || !/^[a-z]/.test(wanted) || /^(?:deputy|assistant|vice|sub|joint|under|acting|interim|head|chief|senior)$/.test(wanted)) return undefined;
  let holder: Person | undefined;
  for (const [r, p] of ix.roles) {
    if (!r.startsWith(`${wanted} `)) continue;
    if (holder && holder !== p) return undefined;
    holder = p;
  }
  return holder;
}

/** The word of a post a clip ends on: an office's (`Sec` a Secretary's; `Mark` clips no `Marketing Director`, a name more likely). */
const OFFICE_WORD = /^(?:secretary|treasurer|clerk|chair(?:man|woman|person)?|director|officer|manager|executive|administrator|president|registrar|convener|coordinator|controller|superintendent|accountant|solicitor)$/;
/** A post's words clipped as a clerk writes them in an owner's place (`Sec`, `Co Sec`, `Treas`): one to three words of letters. */
const CLIPPED = /^[a-z]{2,6}(?: [a-z]{2,6}){0,2}$/;

/**
 * The one person whose post holds words that `wanted`'s clip, in turn (`Sec` the Secretary, `Co Sec` the Head of
 * Governance and Company Secretary, `Treas` the Treasurer): each written word the start of the post's word, one of
 * them shorter, three letters at least in all, the last an office's word. Nobody when two posts fit (`Exec` of two Executive Directors).
 */
function clippedPostOf(ix: PeopleIndex, wanted: string): Person | undefined {
  if (wanted.length < 3 || wanted.length > 20 || !CLIPPED.test(wanted)) return undefined;
  const clips = wanted.split(' ');
  if (clips.join('').length < 3) return undefined;
  let holder: Person | undefined;
  for (const p of ix.people) {
    if (!p.role || holder === p) continue;
    const words = p.role.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0);
    let fits = false;
    for (let k = 0; k + clips.length <= words.length && !fits; k++) {
      let shorter = false;
      fits = clips.every((c, j) => { const w = words[k + j]; if (c.length < w.length) shorter = true; return w.startsWith(c); }) && shorter && OFFICE_WORD.test(words[k + clips.length - 1]);
    }
    if (!fits) continue;
    if (holder) return undefined;
    holder = p;
  }
  return holder;
}

/** The one of `holders` (of the surname) named by the office and initial before the surname (`Chairperson A …`), if one is. */
function officeAndInitial(words: readonly string[], holders: readonly Person[]): Person | undefined {
  const initial = words[words.length - 2];
  if (!/^\p{Lu}\.?$/u.test(initial)) return undefined;
  const office = words.slice(0, -2).join(' ').toLowerCase();
  const fit = holders.filter((p) => p.name.words[0]?.charAt(0) === initial.charAt(0) && p.role !== undefined && p.role.toLowerCase() === office);
  return fit.length === 1 ? fit[0] : undefined;
}

function resolve(text: string, ix: PeopleIndex, bodies: readonly string[]): Resolution {
  const people = ix.people;
  const wanted = norm(text);
  if (wanted.length === 0) return { kind: 'body' };
  const trimmed = text.trim();
  if (/^[A-Z]{2,6}(?:\([A-Z]\))?$/.test(trimmed)) {
    const byInitials = ix.written.get(trimmed);
    if (byInitials) return { kind: 'person', person: byInitials };
    const computed = ix.byInitials.get(trimmed) ?? [];
    if (computed.length === 1) return { kind: 'person', person: computed[0] };
    // `CAO will obtain quotes`: a post by its letters (lettersOf), no one's initials
    const lower = trimmed.toLowerCase();
    const post = ix.roles.find(([r, p]) => r === lower && p.role !== undefined && lettersOf(p.role.split(',')[0]) === lower);
    if (post) return { kind: 'role', person: post[1] };
    return { kind: 'body' };
  }
  // `@tobi-r` in Markdown notes: the person whose handle it is
  const handle = /^@([\w.-]+)$/.exec(trimmed);
  if (handle) {
    const p = ix.byHandle.get(handle[1].toLowerCase());
    return p ? { kind: 'person', person: p } : { kind: 'unknown' };
  }
  // (`All governors`: the whole board, as a body owns an action)
  if (BODY_SET.has(wanted) || bodies.some((b) => norm(b) === wanted) || isEveryone(trimmed)) return { kind: 'body' };
  const wantedRole = roleKey(text);
  const exactRole = ix.roles.find(([r]) => r === wantedRole)?.[1];
  // `Staff was directed to …`, `City staff will …`: the staff together, a body, never the one whose post has the word (`Staff Liaison`)
  if (!exactRole && STAFF.test(wanted)) return { kind: 'body' };
  const role = exactRole ?? headOf(ix, wantedRole);
  const name = parseName(text);
  if (name) {
    const exact = ix.byName.get(norm(name.display));
    if (exact) return { kind: 'person', person: exact };
    const sameSurname = ix.bySurname.get(name.surname.toLowerCase()) ?? [];
    if (name.words.length === 1 && sameSurname.length === 1) return { kind: 'person', person: sameSurname[0] };
    const agreeing = sameSurname.filter((p) => firstNamesAgree(p.name.words[0], name.words[0]));
    if (name.words.length > 1 && agreeing.length === 1) return { kind: 'person', person: agreeing[0] };
    // "Administrator Pratt", "Finance Director Cole": an office before the surname, as American minutes name officers
    const office = name.words.slice(0, -1).join(' ').toLowerCase();
    const holding = name.words.length > 1 ? sameSurname.filter((p) => p.role && p.role.toLowerCase().split(/[^a-z]+/).join(' ').includes(office)) : [];
    if (holding.length === 1) return { kind: 'person', person: holding[0] };
    // "Chairperson A Tawhiri", "Deputy Chairperson G Pemberton": an office, the initial and the surname, as a New Zealand
    // board names its members; the one of that surname whose first name the initial opens and whose post the office is
    const held = name.words.length > 2 && sameSurname.length > 0 ? officeAndInitial(name.words, sameSurname) : undefined;
    if (held) return { kind: 'person', person: held };
    // "Secretary Abiola" where the list gives Gordon Abiola's department, not his office: an office of
    // address before a surname only one listed person has
    if (name.words.length > 1 && sameSurname.length === 1 && holding.length === 0 && isAddressedOffice(name.words.slice(0, -1))) return { kind: 'person', person: sameSurname[0] };
    // `Amara:` in scribed minutes, `Tobias:` in notes: a first name only one person has
    const byFirst = name.words.length === 1 && sameSurname.length === 0 && !role ? ix.byFirstName.get(name.words[0].toLowerCase()) ?? [] : [];
    if (byFirst.length === 1) return { kind: 'person', person: byFirst[0] };
  }
  if (role) return { kind: 'role', person: role };
  const lead = firstWordsOf(ix, wantedRole);
  if (lead) return { kind: 'role', person: lead };
  const clipped = clippedPostOf(ix, wanted);
  if (clipped) return { kind: 'role', person: clipped };
  // A body written out in words: "West Midlands Police", "Birmingham City Council", "the Finance Team"
  if (BODY_WORDS.test(trimmed)) return { kind: 'body' };
  // A role survives a change of staff: "Chief Constable" owns an action whoever holds the post
  if (ROLE_WORDS.test(trimmed)) return { kind: 'role' };
  // the holders of a post together (`Deans` in an Action column, `Clerks`): a body, when no listed person is so named
  if (isPostPlural(trimmed)) return { kind: 'body' };
  let best: Person | undefined;
  let bestD = 99;
  const display = name?.display ?? text;
  for (const p of people) {
    const d = Math.min(editDistance(display, p.name.display), name && name.words.length === 1 ? editDistance(name.surname, p.name.surname) : 99);
    if (d < bestD) { bestD = d; best = p; }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(display.length / 4)));
  return { kind: 'unknown', suggestion: bestD <= limit ? best : undefined };
}
