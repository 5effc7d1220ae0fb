/**
 * The people lists and the blocks round them, as new minutes of known families write them (fam24): a table's column
 * names under a list on its label's line, a wiki's section heading under one, a count of the public and a member's
 * going among those in attendance, apologies given one a line in the item of apologies, and the closing table of
 * actions arising. Each in other boards' words, with the probes' own lines and a near miss.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchInlineList } from '#service/forms/index';
import { parse, resolveMention } from '#service';
import { readDueCell } from '#service/forms/dueDates';

/** Each person of a parsed meeting as `list | name | title | role | initials | qualifiers`, only what is there. */
function people(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', p.initials ? `initials=${p.initials}` : '',
    ...(p.qualifiers ?? []).map((q) => `${q.kind}:${q.text}${q.value !== undefined ? `=${q.value}` : ''}`)].filter((s) => s !== '').join(' | ')));
}

/** The listed person a mention resolves to, if any. */
function nameOf(r: ReturnType<typeof resolveMention>): string | undefined {
  return r.kind === 'person' || r.kind === 'role' ? r.person?.name.display : undefined;
}

const SCHOOL = 'Hillcrest Academy – Local Governing Committee\nMinutes of the meeting held on 2 February 2025 at 5pm\nPresent: Dr S Lamb [SL] Chair (FG); Mr O Diaz [OD] (PG)\n';

test('a table\'s column names under a list on its label\'s line end the list: never the last person\'s role (tab or pipe, any columns of minutes)', () => {
  assert.deepEqual(people(`${SCHOOL}Apologies: Mrs R Penn [RP] – consented\nRef\tItem\tLead\n1.\tWelcome\tSL\n2.\tFinance\tOD\n`).slice(2), ['apologies | R Penn | title=Mrs | initials=RP | consented:consented']);
  assert.deepEqual(people(`${SCHOOL}Apologies: Mrs R Penn (RP), Mr K Obi (KO) – illness\nNo. | Item | Action\n1. | Welcome | SL\n`).slice(2), ['apologies | R Penn | title=Mrs | initials=RP', 'apologies | K Obi | title=Mr | initials=KO | note:illness']);
  // the probe's lines (fam24/05)
  assert.deepEqual(people('Willowbank Primary School – Full Governing Board\nMinutes of the meeting held on 14 March 2024 at 6pm\nPresent: Mr D Farrow [DF] Chair (CoG); Ms L Quinn [LQ] (HT)\nApologies: Mr T Ward [TW] – consented\nMin\tItem\tLead\n1.\tAction log review\tDF\n').slice(2),
    ['apologies | T Ward | title=Mr | initials=TW | consented:consented']);
  // (and under a list one a line, its heading alone: the column names are no person)
  assert.deepEqual(people('Hillcrest Academy\nMinutes of the meeting held on 2 February 2025\nPresent:\nDr S Lamb [SL] Chair\nMr O Diaz [OD]\nApologies:\nMrs R Penn [RP]\nRef\tItem\tLead\n1.\tWelcome\tSL\n2.\tFinance\tOD\n'),
    ['present | S Lamb | title=Dr | role=Chair | initials=SL', 'present | O Diaz | title=Mr | initials=OD', 'apologies | R Penn | title=Mrs | initials=RP']);
  // near miss: a list the page wrapped goes on over the next line, its words no column's names
  assert.deepEqual(people('OAKLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025 at 7pm\nPresent: Cllr D Vance (Chair), Cllr E Marsh, Cllr F\nOdum and Cllr G Pryce\nOT25/101 Minutes\nRESOLVED to approve the minutes.\n'),
    ['present | D Vance | title=Cllr | role=Chair', 'present | E Marsh | title=Cllr', 'present | F Odum | title=Cllr', 'present | G Pryce | title=Cllr']);
});

test('a wiki\'s section heading with its edit chrome under a list on its label\'s line ends the list, and heads its section', () => {
  const page = 'Meetings/2023-09-04\nJump to navigation Jump to search\nPresent: Ana Ruiz (AR) (Chair); Ben Cole (BC) (minutes)\nApologies: Priya Shah (PS)\nMatters arising [edit | edit source]\nAR reported the bench was fixed.\nFinance[edit | edit source]\nBC reported reserves of £1,200.\n';
  assert.deepEqual(people(page).slice(2), ['apologies | Priya Shah | initials=PS']);
  assert.deepEqual(parse(page).meeting!.items.map((it) => it.title), ['Matters arising', 'Finance']);
  // a page with one such heading, too few for items: the list still ends there (MediaWiki's short `[edit]`, PmWiki's `(edit)`)
  assert.deepEqual(people('Friends of Marsh Park/Committee 2023-09-04\nPresent: Ana Ruiz (AR) (Chair); Ben Cole (BC)\nApologies: Priya Shah (PS)\nMatters arising [edit]\nAR reported the bench was fixed.\n').slice(2), ['apologies | Priya Shah | initials=PS']);
  assert.deepEqual(people('Friends of Marsh Park/Committee 2023-09-04\nPresent: Ana Ruiz (AR) (Chair); Ben Cole (BC)\nApologies: Priya Shah (PS)\nMatters arising (edit)\nAR reported the bench was fixed.\n').slice(2), ['apologies | Priya Shah | initials=PS']);
  // (and under a list one a line)
  assert.deepEqual(people('Meetings/2024-05-21\nPresent:\nGrace Lutton (GL) (Chair)\nApologies:\nNell Crisp (NC)\nCarried forward actions [edit | edit source]\nOF renewed the insurance.\nFinance [edit | edit source]\nOF reported reserves.\n'),
    ['present | Grace Lutton | role=Chair | initials=GL', 'apologies | Nell Crisp | initials=NC']);
  // the probe's lines (fam24/06)
  const probe = 'Meetings/2024-05-21\nJump to navigation Jump to search\nPresent: Grace Lutton (GL) (Chair); Omar Feld (OF) (minutes)\nApologies: Nell Crisp (NC)\nCarried forward actions [edit | edit source]\n1. ACTION: OF to renew insurance. Yes check.svg Done\nFinance [edit | edit source]\nOF reported reserves of £8,400.\n';
  assert.deepEqual(people(probe).slice(2), ['apologies | Nell Crisp | initials=NC']);
  assert.deepEqual(parse(probe).meeting!.items.map((it) => it.title), ['Carried forward actions', 'Finance']);
});

test('those in attendance counted, not named, are no person; a member listed above who went is that member\'s fact, one listed nowhere a person of the list', () => {
  const council = 'OAKLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025 at 7pm\nPresent: Cllr D Vance (Chair), Cllr E Marsh, Cllr F Odum\nIn attendance: Ms J Orr (Clerk & RFO), two residents, Cllr F Odum left (after item 7), PCSO R Dunn arrived at 7.45pm\nOT25/101 Minutes\nRESOLVED to approve the minutes.\n';
  assert.deepEqual(people(council), ['present | D Vance | title=Cllr | role=Chair', 'present | E Marsh | title=Cllr', 'present | F Odum | title=Cllr | left:left after item 7=7',
    'inAttendance | J Orr | title=Ms | role=Clerk & RFO', 'inAttendance | R Dunn | title=PCSO | arrived:arrived at 7.45pm=7.45pm']);
  // the probe's lines (fam24/03)
  assert.deepEqual(people('ELMSTEAD PARISH COUNCIL\nMinutes of the meeting held on Tuesday 8 April 2025 at 7.00pm, Village Hall\nPresent: Cllr S Whitlow (Chair), Cllr R Patel, Cllr B Lyle\nIn attendance: Mrs A Crane (Clerk), 3 members of the public, Cllr B Lyle left (from EP25/044)\nEP25/040 Apologies\nNone.\n'),
    ['present | S Whitlow | title=Cllr | role=Chair', 'present | R Patel | title=Cllr', 'present | B Lyle | title=Cllr | left:left from EP25/044=EP25/044', 'inAttendance | A Crane | title=Mrs | role=Clerk']);
  // the list's reading: the count and the going are facts among its names, which the sentence's test does not hold against it
  const list = matchInlineList('In attendance: Mrs A Crane (Clerk), 12 parishioners, Mr B Lee departed (after minute 412)');
  assert.equal(list?.people.length, 1);
  assert.equal(list?.others.length, 2);
  assert.deepEqual(list?.comings?.map((c) => c.qualifiers.map((q) => `${q.kind}=${q.value}`)), [['left=412']]);
  // one the list's reader takes whole (`departed at 8.15pm`) is the member listed above too, no second person
  assert.deepEqual(people('OAKLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025 at 7pm\nPresent: Cllr D Vance (Chair), Cllr E Marsh\nIn attendance: Ms J Orr (Clerk), Cllr E Marsh departed at 8.15pm\nOT25/101 Minutes\nApproved.\n'),
    ['present | D Vance | title=Cllr | role=Chair', 'present | E Marsh | title=Cllr | left:departed at 8.15pm=8.15pm', 'inAttendance | J Orr | title=Ms | role=Clerk']);
  // near misses: a sentence that mentions a name is still no list; words after the verb that say no time or item are no going
  assert.equal(matchInlineList('In attendance: the Clerk, who reported that Mr B Lee left the keys at the hall and the residents complained'), undefined);
  assert.equal(matchInlineList('In attendance: Mrs A Crane (Clerk), Mr B Lee left the keys with the caretaker, the caretaker, the press'), undefined);
});

test('apologies given one a line under the item of apologies: the person on the apologies, the reason after a dash or in brackets a fact, never a role', () => {
  const council = 'OAKLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025 at 7pm\nPresent: Cllr D Vance (Chair), Cllr E Marsh\nOT25/101 Apologies for absence\nCouncillor P Hart – holiday.\nMr D Bloom (illness)\nCllr H Ames – visiting family\nMs L Ryan - Travelling\nThe apologies were accepted.\nOT25/102 Declarations of interest\nCllr E Marsh – item OT25/104, personal.\nOT25/103 Minutes\nRESOLVED to approve the minutes.\n';
  assert.deepEqual(people(council).slice(2), ['apologies | P Hart | title=Councillor | note:holiday', 'apologies | D Bloom | title=Mr | note:illness', 'apologies | H Ames | title=Cllr | note:visiting family', 'apologies | L Ryan | title=Ms | note:Travelling']);
  // one list of them, headed by the item's title
  assert.deepEqual(parse(council).meeting!.people.filter((b) => b.kind === 'apologies').map((b) => b.label), ['Apologies for absence']);
  // the probe's lines (fam24/03)
  assert.deepEqual(people('ELMSTEAD PARISH COUNCIL\nMinutes of the meeting held on Tuesday 8 April 2025 at 7.00pm\nPresent: Cllr S Whitlow (Chair), Cllr R Patel\nEP25/040 Apologies\nCllr T Mundy – work.\nEP25/041 Planning\nNo objection.\n').slice(2),
    ['apologies | T Mundy | title=Cllr | note:work']);
  // near misses: an office in brackets stays the role; a list printed above is not added to; a name in another item is no apology
  assert.deepEqual(people('OAKLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025 at 7pm\nPresent: Cllr D Vance (Chair)\nOT25/101 Apologies\nMrs J Orr (Clerk) – holiday\nOT25/102 Minutes\nApproved.\n').slice(1), ['apologies | J Orr | title=Mrs | role=Clerk | note:holiday']);
  assert.deepEqual(people('OAKLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025 at 7pm\nPresent: Cllr D Vance (Chair)\nApologies: Cllr K Lowe\nOT25/101 Apologies\nCllr K Lowe – work.\nCllr P Hart – holiday.\nOT25/102 Minutes\nApproved.\n').slice(1), ['apologies | K Lowe | title=Cllr']);
  assert.deepEqual(people('OAKLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025 at 7pm\nPresent: Cllr D Vance (Chair)\nOT25/101 Planning\nCllr P Hart – holiday.\nOT25/102 Minutes\nApproved.\n').slice(1), []);
});

test('the closing table of actions arising: each row an action, its owner the listed person by initials or the clerk by office, its due as written', () => {
  const text = `${SCHOOL}In attendance: Mrs N Pike (Clerk)\nMin\tItem\tLead\n1.\tFinance\tOD\nThe budget was APPROVED.\nACTIONS ARISING\nNo.\tAction\tWho\tBy when\n1\tSend the SEF to governors\tSL\t14/04/25\n2\tUpdate the website policies\tClerk\tAutumn 2\n`;
  const m = parse(text).meeting!;
  assert.deepEqual((m.actions ?? []).map((a) => [a.text, a.owners.map((o) => nameOf(resolveMention(o.text, m)) ?? o.text).join(','), a.due?.text, a.due?.date?.iso]),
    [['Send the SEF to governors', 'S Lamb', '14/04/25', '2025-04-14'], ['Update the website policies', 'N Pike', 'Autumn 2', undefined]]);
  // a school's half term in the due column is a term's due, as the markup's due forms read it (`Summer 1`, the probe's fam24/05)
  assert.deepEqual(['Summer 1', 'Autumn 2'].map((t) => readDueCell(t)?.kind), ['term', 'term']);
});
