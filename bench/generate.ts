/**
 * A deterministic generator of meetings shaped like the published minutes of the corpus:
 * header, people blocks, sections, items with presenters, questions with askers and bulleted
 * answers, actions with owners and due dates, decisions, references, actions carried forward
 * from the previous meeting, approval of the last minutes, and some inline HTML debris.
 * The same seed gives the same text, byte for byte.
 */

/** mulberry32: a small, well-known 32-bit PRNG; enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Simon', 'Wasim', 'Jonathan', 'Alethea', 'Mark', 'Cath', 'Vanessa', 'Andy', 'Toni', 'Darren', 'Gareth', 'Matt', 'Daryl', 'Nikki', 'Caroline', 'Charlotte', 'Tom', 'Nicky', 'Bhupinder', 'Charmaine', 'Jane', 'Scott', 'Claire', 'Harjeet', 'Imogen', 'Sam', 'Suki', 'Mike', 'Alison', 'Andrea'];
const SURNAMES = ['Foster', 'Ali', 'Jardine', 'Fuller', 'Kenyon', 'Hannon', 'Beard', 'Parsons', 'Williams-Long', 'Ralph', 'Morris', 'Ward', 'Lyon', 'Penniston', 'Ryder', 'Killeen', 'McNeil', 'Brennan', 'Gakhal', 'Burton', 'Heppel', 'Green', 'Bell', 'Chakira', 'Cheatham', 'Booth', 'Sanghera', "O'Hara", 'Caddick', 'Gabbitas'];
const ROLES = ['Police and Crime Commissioner', 'Assistant Police and Crime Commissioner', 'Chief Executive, OPCC', 'Chief Finance Officer', 'Board Member', 'Deputy Chief Constable', 'Assistant Chief Constable', 'Head of Force Contact', 'Superintendent', 'Chief Superintendent', 'Director of People and Organisation Development', 'Policy Officer', 'Head of Delivery, OPCC', 'Staff Officer'];
const TOPICS = ['Access to Police Services', 'Fairness and Belonging', 'Reducing Violence', 'Violence Reduction', 'Finance and Budget Update', 'Rebuilding Community Policing', 'Procurement Update', 'Custody Visiting', 'Supporting Victims of Crime', 'Hidden Crimes', 'Strategic Policing Requirement', 'Road Safety', 'Engage Update', 'Policing Governance', 'Digital Forensics', 'Neighbourhood Policing'];
const SECTIONS = ['Police and Crime Plan', 'Partnership Presentation', 'Regular Items', 'Emerging Items'];
const WORDS = 'the force board commissioner police data victims officers report work review assurance community partners funding plan training custody demand response crime public service performance strategy resources staff panel evidence outcome progress national local support'.split(' ');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface MeetingSpec {
  readonly seed: number;
  /** First minute number of the meeting. */
  readonly first: number;
  readonly date: Date;
  /** Aim for at least this many characters (the meeting grows by whole items). */
  readonly size: number;
  /** Open actions of the previous meeting, for "Actions from previous meetings". */
  readonly carried?: readonly string[];
}

export interface Generated {
  readonly text: string;
  /** The minute number after the last item. */
  readonly next: number;
  /** References of the actions written, for the next meeting to carry forward. */
  readonly actions: string[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ddmmyyyy = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
const longDate = (d: Date) => `${WEEKDAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;

export function meeting(spec: MeetingSpec): Generated {
  const rnd = random(spec.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  };
  const yy = pad(spec.date.getFullYear() % 100);
  const people = Array.from({ length: 14 + Math.floor(rnd() * 5) }, (_, i) => ({ name: `${GIVEN[(i * 7 + spec.seed) % GIVEN.length]} ${SURNAMES[(i * 11 + spec.seed) % SURNAMES.length]}`, role: ROLES[i % ROLES.length] }));
  const unique = [...new Map(people.map((p) => [p.name, p])).values()];
  const present = unique.slice(0, unique.length - 3);
  const apologies = unique.slice(unique.length - 3);
  const out: string[] = [];
  const published = rnd() < 0.5; // half in the published style, half canonical
  out.push(published ? 'STRATEGIC POLICING AND CRIME BOARD' : '# Strategic Policing and Crime Board');
  out.push('');
  if (published) out.push(`${longDate(spec.date)} - 1000 – 1300 hrs`);
  else out.push(`Date: ${ddmmyyyy(spec.date)}`, 'Time: 10:00 – 13:00', 'Location: Lloyd House, Birmingham', `Chair: ${present[0].name}`);
  out.push('', published ? 'Attendees:' : 'Present:', '');
  for (const p of present) out.push(published ? `${p.name}\t:\t${p.role}` : `${p.name} : ${p.role}`);
  out.push('', 'Apologies:', '');
  for (const p of apologies) out.push(`${p.name} : ${p.role}`);
  out.push('', '1. *Actions arising from the discussion during the meeting are highlighted in bold text.*', '');
  let n = spec.first;
  const num = () => `${pad(n++, 3)}/${yy}`;
  const actions: string[] = [];
  out.push(`${num()}\tItem 1 - Apologies and PCC Update: Apologies were noted from ${apologies.map((p) => p.name).join(', ')}.`);
  out.push(`${num()}\t<p>Item 2 - Notes of the Last Meeting:</p> <p>The notes of the previous meeting were agreed as a correct record.</p>`);
  if (spec.carried && spec.carried.length > 0) {
    out.push('', `${num()} Actions from Previous Meetings`);
    for (const ref of spec.carried) out.push(`${ref} ${rnd() < 0.6 ? 'DONE: completed and circulated' : 'CARRIED FORWARD'}`);
  }
  let length = out.join('\n').length;
  let section = -1;
  let item = 0;
  while (length < spec.size) {
    if (item % 4 === 0 && section < SECTIONS.length - 1) { section++; out.push('', published && rnd() < 0.5 ? `${SECTIONS[section]}\t` : `## ${SECTIONS[section]}`); }
    item++;
    const start = out.length;
    const who = [pick(present), pick(present)];
    const label = num();
    out.push('', `${label} ${pick(TOPICS)}`, '');
    out.push(rnd() < 0.5 ? `Presented by: ${who[0].name}, ${who[1].name}` : `This paper was presented by ${who[0].name} and ${who[1].name} and the following points were discussed:`);
    out.push('');
    for (let q = 0; q < 2 + Math.floor(rnd() * 3); q++) {
      out.push(`${sentence(10 + Math.floor(rnd() * 20)).slice(0, -1)}?`, `(Asked by ${pick(present).name})`);
      for (let b = 0; b < 2 + Math.floor(rnd() * 4); b++) out.push(rnd() < 0.2 ? `\t<ul style="list-style-type: none"> <li>• ${sentence(15)} &amp; ${sentence(8)}</li>` : `- ${sentence(8 + Math.floor(rnd() * 25))}`);
      out.push('');
    }
    const due = new Date(spec.date.getTime() + 28 * 86400000);
    let a = 0;
    if (rnd() < 0.7) { a++; out.push(`ACTION: ${sentence(10)} Owner: ${pick(present).name}. Due: ${rnd() < 0.5 ? ddmmyyyy(due) : 'next meeting'}.`); actions.push(`${label}-A${a}`); }
    if (rnd() < 0.3) { a++; out.push(`- **WMP to provide ${sentence(8).toLowerCase()}**`); actions.push(`${label}-A${a}`); }
    if (rnd() < 0.3) out.push(`DECISION: ${sentence(9)}`);
    if (rnd() < 0.2 && n > 5) out.push(`This follows the discussion at minute ${pad(Math.max(1, n - 3), 3)}/${yy} (see ${pad(Math.max(1, n - 3), 3)}/${yy}).`);
    out.push(sentence(40 + Math.floor(rnd() * 40)));
    length += out.slice(start).join('\n').length + 1;
  }
  const next = new Date(spec.date.getTime() + 28 * 86400000);
  out.push('', `${num()} Date of Next Meeting`, `Next meeting: ${ddmmyyyy(next)}`, '');
  return { text: out.join('\n'), next: n, actions };
}

export interface WorkspaceFile { readonly name: string; readonly text: string }

/** `count` monthly meetings from January 2010, numbering continuing through each year. */
export function* workspace(count: number, seed: number, size = 32 * 1024): Generator<WorkspaceFile> {
  let first = 1;
  let carried: string[] = [];
  let year = 2010;
  for (let i = 0; i < count; i++) {
    const date = new Date(2010 + Math.floor(i / 12), i % 12, 10 + (i % 7));
    if (date.getFullYear() !== year) { year = date.getFullYear(); first = 1; carried = []; }
    const g = meeting({ seed: seed + i, first, date, size, carried: carried.slice(0, 6) });
    first = g.next;
    carried = g.actions;
    yield { name: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.minutes`, text: g.text };
  }
}

/** One meeting of about `size` characters. */
export function single(size: number, seed = 1): string {
  return meeting({ seed, first: 1, date: new Date(2022, 8, 27), size }).text;
}

// ---- degenerate shapes (issue 17 §3): one construct repeated `count` times ----------------------------

/** Distinct made-up people: letters only, as a name is written ("Abe Cadwick"). */
function personName(i: number): string {
  const letters = (n: number, len: number) => {
    let s = '';
    for (let k = 0; k < len; k++) { s += String.fromCharCode(97 + (n % 26)); n = Math.floor(n / 26); }
    return s;
  };
  return `${GIVEN[i % GIVEN.length]} ${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length].replace(/[^A-Za-z]/g, '')}${letters(Math.floor(i / (GIVEN.length * SURNAMES.length)), 3)}`;
}

const HEADER = ['# Strategic Policing and Crime Board', 'Date: 27/09/2022', 'Chair: Simon Foster', '', 'Present:', 'Simon Foster : Police and Crime Commissioner', 'Cath Hannon : Board Member', ''];

/** The degenerate shapes of issue 17 §3, each `count` repetitions of one construct in one meeting. */
export const SHAPES = {
  /** Every item carries the same minute number. */
  sameNumber: (count: number): string => [...HEADER, ...Array.from({ length: count }, (_, i) => `001/22 Topic ${i}\nThe Board noted the report.\n`)].join('\n'),
  /** No item has a number (headings of the published style, "Item 1" to "Item 999" over and over). */
  unnumbered: (count: number): string => [...HEADER, ...Array.from({ length: count }, (_, i) => `Item ${(i % 999) + 1} – Topic ${i}\nThe Board noted the report.\n`)].join('\n'),
  /** One item with `count` actions. */
  actions: (count: number): string => [...HEADER, '001/22 Actions', ...Array.from({ length: count }, (_, i) => `ACTION: Share report ${i} with the Board. Owner: Cath Hannon. Due: 25/10/2022.`), ''].join('\n'),
  /** `count` references to one item. */
  references: (count: number): string => [...HEADER, '001/22 Apologies', 'None.', '', '002/22 Discussion', ...Array.from({ length: count }, (_, i) => `Point ${i} follows minute 001/22.`), ''].join('\n'),
  /** `count` status lines for one action. */
  statusLines: (count: number): string => [...HEADER, '001/22 Report', 'ACTION: Share the report. Owner: Cath Hannon. Due: 25/10/2022.', '', '002/22 Actions from Previous Meetings', ...Array.from({ length: count }, (_, i) => `001/22-A1 ${i % 2 ? 'DONE' : 'CARRIED FORWARD'}: note ${i}`), ''].join('\n'),
  /** A `Present:` block of `count` people. */
  people: (count: number): string => ['# Strategic Policing and Crime Board', 'Date: 27/09/2022', '', 'Present:', ...Array.from({ length: count }, (_, i) => `${personName(i)} : Board Member`), '', '001/22 Apologies', 'None.', ''].join('\n'),
  /** `count` items numbered on from earlier meetings (`112.<TAB>TOPIC`): a board's own numbering, its heads detected in the whole file. */
  runningNumbers: (count: number): string => ['TRANSPORT COMMITTEE', 'MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025', '', ...Array.from({ length: count }, (_, i) => `${(i % 99_999) + 1}.\tTOPIC ${i}\nThe Committee noted the report.\n`)].join('\n'),
  /** The same with a page's furniture (initials box, page number) after every tenth item: debris, found with its neighbours. */
  debris: (count: number): string => ['TRANSPORT COMMITTEE', 'MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025', '', ...Array.from({ length: count }, (_, i) => `${(i % 99_999) + 1}.\tTOPIC ${i}\nThe Committee noted the report.\n${i % 10 === 9 ? `Chair's initials ………\nPage ${(i + 1) / 10}\n` : ''}`)].join('\n'),
  /** `count` items in the published style (tabs, `<p>` debris, unpadded numbers): what import rewrites. */
  published: (count: number): string => ['STRATEGIC POLICING AND CRIME BOARD', 'Tuesday 27 September 2022 - 1000 – 1300 hrs', '', 'Attendees:', 'Simon Foster\t:\tPolice and Crime Commissioner', '', ...Array.from({ length: count }, (_, i) => `${(i % 999) + 1}/22\t<p>Item ${i} - Topic:</p> <p>The Board noted the report.</p>   `)].join('\n'),
} as const;
export type Shape = keyof typeof SHAPES;
