/**
 * Meetings in three of the layout families other bodies publish (test/fixtures/layouts/README.md),
 * for the benchmark to measure the parser on what it will meet beyond our own markup: a UK
 * council committee printed to PDF, a parish council, an NHS trust board. Deterministic: the
 * same seed gives the same text. Invented names and business, as in the layouts folder.
 */
import { random } from './generate';

const GIVEN = ['Amira', 'Ben', 'Carys', 'Dev', 'Elin', 'Farid', 'Grace', 'Huw', 'Isla', 'Jonah', 'Kemi', 'Lars', 'Mona', 'Niall', 'Orla', 'Priya', 'Rhys', 'Sana', 'Tomas', 'Una'];
const SURNAMES = ['Ashworth', 'Bevan', 'Cole', 'Dunmore', 'Ellery', 'Fenwick', 'Garside', 'Holt', 'Ingram', 'Jowett', 'Kellaway', 'Lomax', 'Marsh', 'Nuttall', 'Oakes', 'Pryce', 'Rudd', 'Sowerby', 'Tranter', 'Varley'];
const COUNCILS = ['Calderdale', 'Kirklees', 'Wakefield', 'Leeds', 'Bradford', 'York'];
const OFFICERS = ['Director of Transport', 'Head of Legal and Governance', 'Chief Finance Officer', 'Democratic Services Officer', 'Head of Policy'];
const TOPICS = ['Bus Service Improvement Plan', 'Capital Programme Update', 'Active Travel Fund', 'Rail Performance', 'Budget Monitoring', 'Road Safety Partnership', 'Highways Maintenance', 'Climate Emergency Plan', 'Corporate Risk Register', 'Workforce Report'];
const WORDS = 'the committee report members officers scheme funding services residents delivery route plan budget review programme partners progress council data performance risk summer consultation'.split(' ');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function writer(seed: number) {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const sentence = (n: number): string => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  };
  const people = Array.from({ length: 12 }, (_, i) => ({ given: GIVEN[(i * 7 + seed) % GIVEN.length], surname: SURNAMES[(i * 3 + seed) % SURNAMES.length] }));
  return { rnd, pick, sentence, people };
}

/** Family 1: running minute numbers through the municipal year, `RESOLVED –` with parts, `ACTION:` a role, page furniture. */
export function councilCommittee(size: number, seed = 1): string {
  const { rnd, pick, sentence, people } = writer(seed);
  const out = ['TRANSPORT COMMITTEE', '', 'MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025 AT 10.00 AM', 'AT COMMITTEE ROOM 1, CIVIC HALL', '', 'Present:', ''];
  for (const p of people.slice(0, 8)) out.push(`Councillor ${p.given} ${p.surname}\t${pick(COUNCILS)} Council${rnd() < 0.15 ? ' (Chair)' : ''}`);
  out.push('', 'In attendance:', '');
  for (const [i, p] of people.slice(8).entries()) out.push(`${p.given} ${p.surname} – ${OFFICERS[i % OFFICERS.length]}`);
  let n = 41;
  let page = 1;
  while (out.join('\n').length < size) {
    out.push('', `${n}.\t${pick(TOPICS)}`, '');
    for (let k = 0; k < 2 + Math.floor(rnd() * 3); k++) out.push(sentence(30 + Math.floor(rnd() * 30)));
    if (rnd() < 0.3) out.push('', `Agenda Item ${Math.floor(rnd() * 9) + 1}`, `Page ${page++}`, '');
    out.push('', 'RESOLVED –', '', `(1)\tThat ${sentence(14).toLowerCase()}`, `(2)\tThat ${sentence(10).toLowerCase()}`);
    if (rnd() < 0.5) out.push('', `ACTION: ${pick(OFFICERS)}`);
    n++;
  }
  out.push('', 'Chair', '……………………………………', 'Date', '');
  return out.join('\n');
}

/** Family 3: prefixed running numbers (`PC24/061`), inline `Present:` sentence, proposer and seconder, `ACTION: Clerk`. */
export function parishCouncil(size: number, seed = 2): string {
  const { rnd, pick, sentence, people } = writer(seed);
  const cllr = (p: { given: string; surname: string }) => `Cllr ${p.given[0]} ${p.surname}`;
  const out = ['DRAFT', 'ASHCOMBE PARISH COUNCIL', 'Minutes of the meeting of the Parish Council held on Tuesday 11 June 2024 at 7.30pm in the Village Hall', ''];
  out.push(`Present: ${cllr(people[0])} (Chair), ${people.slice(1, 7).map(cllr).join(', ')}`);
  out.push(`In attendance: ${people[7].given} ${people[7].surname} (Clerk), 3 members of the public`, '');
  let n = 61;
  while (out.join('\n').length < size) {
    out.push(`PC24/${String(n).padStart(3, '0')}\t${pick(TOPICS)}`);
    out.push(sentence(25 + Math.floor(rnd() * 30)));
    if (rnd() < 0.5) out.push(`RESOLVED to ${sentence(12).toLowerCase()} Proposed ${cllr(pick(people.slice(1, 7)))}, seconded ${cllr(pick(people.slice(1, 7)))}; all in favour.`);
    if (rnd() < 0.4) out.push(`ACTION: Clerk to write to ${pick(['County Highways', 'the District Council', 'the landowner'])} by ${Math.floor(rnd() * 27) + 1} ${pick(MONTHS)} 2024.`);
    if (rnd() < 0.1) out.push('', "Chair's initials ………", `Page ${Math.floor(n / 3)}`);
    out.push('');
    n++;
  }
  out.push('The meeting closed at 9.12pm.', '', 'Signed ……………………… Chairman   Date ………………', '');
  return out.join('\n');
}

/** Family 4: `TB/22/116` numbers with numbered paragraphs, names/roles/initials as three runs, `NOTED`/`APPROVED`, initials in the action column. */
export function nhsBoard(size: number, seed = 3): string {
  const { rnd, pick, sentence, people } = writer(seed);
  const initials = people.map((p) => `${p.given[0]}${p.surname[0]}`);
  const out = ['Enclosure A', 'Agenda item 3', 'MINUTES OF THE TRUST BOARD MEETING HELD IN PUBLIC', 'Thursday 6 October 2022, 10:00, Board Room', '', 'Present:'];
  for (const p of people.slice(0, 9)) out.push(`${p.given} ${p.surname}`);
  for (const r of ['Chair', 'Chief Executive', 'Chief Finance Officer', 'Medical Director', 'Director of Nursing', 'Non-Executive Director', 'Non-Executive Director', 'Director of', 'Operations', 'Company Secretary']) out.push(r);
  for (const i of initials.slice(0, 9)) out.push(i);
  out.push('');
  let n = 116;
  let page = 1;
  while (out.join('\n').length < size) {
    out.push(`TB/22/${n}\t${pick(TOPICS)}`);
    for (let k = 1; k <= 2 + Math.floor(rnd() * 3); k++) out.push(`${n}.${k}\t${sentence(25 + Math.floor(rnd() * 25))}`);
    out.push(`The Board ${pick(['NOTED', 'APPROVED', 'RECEIVED'])} ${sentence(10).toLowerCase()}`);
    if (rnd() < 0.4) out.push(`${sentence(12)}`, `${pick(initials.slice(0, 9))}`);
    if (rnd() < 0.1) out.push(`Trust Board 06.10.22 Minutes – Draft v0.${page % 9}\tPage ${page++} of 40`);
    out.push('');
    n++;
  }
  return out.join('\n');
}

export const FAMILIES = { 'council committee': councilCommittee, 'parish council': parishCouncil, 'NHS board': nhsBoard } as const;
