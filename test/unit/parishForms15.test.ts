/**
 * A parochial church council's minutes typed in Word and saved as text (the fifteenth held-out set), in
 * other boards' words: a table of the members present with its column header (`Name<TAB>Role<TAB>Initials`),
 * one row a line; apologies parted by `;`, each with an office after its comma and a reason in brackets;
 * an action log's references written year first (`26/01`) in the rows of a table.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

type Row = [string, string, string | undefined, string | undefined, string | undefined, string];

function people(lines: readonly string[]): Row[] {
  const text = ['HAYFIELD BOWLS CLUB COMMITTEE', 'Minutes of the meeting held on Monday 9 March 2026', '', ...lines, '', '1.\tWelcome', 'The Captain welcomed everyone.', '', '2.\tFinance', 'Noted.'].join('\n');
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p): Row => [b.kind, p.name.display, p.title, p.role, p.initials, (p.qualifiers ?? []).map((q) => q.text).join('|')]));
}

test('a table of the members present, its column header first and one row a line by tabs: each row one member', () => {
  assert.deepEqual(people(['Present:', 'Name\tPosition\tInitials', 'Mr Alan Hirst\tCaptain\tAH', 'Mrs Joan Pike\tHon. Secretary (minutes)\tJP', 'Dr Ravi Shah\tCommittee member (via Teams)\tRS']), [
    ['present', 'Alan Hirst', 'Mr', 'Captain', 'AH', ''],
    ['present', 'Joan Pike', 'Mrs', 'Hon. Secretary', 'JP', 'minutes'],
    ['present', 'Ravi Shah', 'Dr', 'Committee member', 'RS', 'via Teams'],
  ]);
  // the same rows under a school's header (`Name<TAB>Role<TAB>Initials`), two of them only
  assert.deepEqual(people(['Governors present:', 'Name\tRole\tInitials', 'Ms Kate Rowe\tChair\tKR', 'Mr Idris Bello\tHeadteacher\tIB']).map((r) => r.slice(1, 5)), [
    ['Kate Rowe', 'Ms', 'Chair', 'KR'], ['Idris Bello', 'Mr', 'Headteacher', 'IB'],
  ]);
});

test('apologies parted by `;`, an office after the comma and the reason in brackets after it', () => {
  assert.deepEqual(people(['Apologies:\tRevd Mark Stone, Methodist Minister (illness); Mrs Rita Gale']), [
    ['apologies', 'Mark Stone', 'Revd', 'Methodist Minister', undefined, 'illness'],
    ['apologies', 'Rita Gale', 'Mrs', undefined, undefined, ''],
  ]);
  assert.deepEqual(people(['Apologies: Mr Ken Oduya, Club Treasurer (on holiday); Ms Ann Wright; Mr Bo Lee']).map((r) => r.slice(1, 4)), [
    ['Ken Oduya', 'Mr', 'Club Treasurer'], ['Ann Wright', 'Ms', undefined], ['Bo Lee', 'Mr', undefined],
  ]);
});

function meeting(lines: readonly string[]) {
  const text = ['1ST HAYFIELD SCOUT GROUP EXECUTIVE COMMITTEE', 'Minutes of the meeting held on Thursday 5 February 2026', '', 'Present:', 'Name\tRole\tInitials', 'Mr James Shaw\tGroup Lead Volunteer\tJS', 'Ms Kerry Lowe\tTreasurer\tKL', 'Mrs Nadia Bell\tSecretary\tNB', '', ...lines].join('\n');
  return parse(text).meeting!;
}

test('a closing table of actions: a due written as a time from the meeting (`next week`, `end of the month`) is the row\'s due, as written', () => {
  const m = meeting([
    '1.\tWelcome', 'The Chair welcomed everyone.', '', '2.\tFinance', 'The accounts were noted.', '',
    'ACTIONS FROM THIS MEETING', 'No.\tAction\tWho\tBy when',
    '26/01\tSend the gift aid claim\tKL\tnext week', '26/02\tBook the hall for the AGM\tNB\tend of the month', '26/03\tRenew the hut insurance\tJS\twithin 14 days', '26/04\tOrder new woggles\tNB\t20 March',
  ]);
  assert.deepEqual((m.actions ?? []).map((a) => [a.text, a.due?.text]), [
    ['Send the gift aid claim', 'next week'], ['Book the hall for the AGM', 'end of the month'], ['Renew the hut insurance', 'within 14 days'], ['Order new woggles', '20 March'],
  ]);
});

test('an undertaking in an item naming its work only by `it` or `this` is the closing table\'s row for the same people and the work named before it', () => {
  const m = meeting([
    '1.\tHeadquarters', 'KL reported that the back gate of the hut is broken. JS and KL to sort it out.', '',
    '2.\tAny other business', 'NB said the kit cupboard lock had jammed. JS to look into this.', '',
    'ACTIONS FROM THIS MEETING', 'No.\tAction\tWho\tBy when',
    '26/05\tRepair the hut back gate\tJS/KL\tMarch meeting', '26/06\tFree the kit cupboard lock\tJS\tnext week', '26/07\tWrite to the district\tNB\t1 March',
  ]);
  assert.deepEqual(m.items.map((i) => i.actions.length), [0, 0]);
  assert.equal((m.actions ?? []).length, 3);
  // a near miss: the same words pointing back, but no row for those people and that work: the item keeps its action
  const kept = meeting([
    '1.\tHeadquarters', 'KL reported that the back gate of the hut is broken. NB to sort it out.', '', '2.\tClose', 'The meeting closed at 9 pm.', '',
    'ACTIONS FROM THIS MEETING', 'No.\tAction\tWho\tBy when',
    '26/05\tRepair the hut back gate\tJS/KL\tMarch meeting', '26/06\tWrite to the district\tNB\t1 March',
  ]);
  assert.deepEqual(kept.items.map((i) => i.actions.map((a) => a.text)), [['sort it out'], []]);
});

test('a church\'s or a school\'s governing body by its letters or name decides (`the PCC RESOLVED`, `The Vestry agreed`, `the LGB resolved`)', () => {
  for (const [line, words] of [
    ['Proposed TH, seconded AR, the PCC RESOLVED unanimously to approve the budget for 2027.', 'to approve the budget for 2027.'],
    ['After discussion the Vestry agreed to replace the boiler.', 'to replace the boiler.'],
    ['The Kirk Session agreed that the hall be let to the playgroup.', 'that the hall be let to the playgroup.'],
    ['The LGB RESOLVED to adopt the behaviour policy.', 'to adopt the behaviour policy.'],
  ]) {
    const m = meeting(['1.\tBusiness', line, '', '2.\tClose', 'The meeting closed at 9 pm.']);
    assert.deepEqual(m.items[0].decisions.map((d) => d.text), [words], line);
  }
  // a near miss: one officer agreeing to do something is no decision
  const m = meeting(['1.\tBusiness', 'The Chief Executive agreed to circulate the paper.', '', '2.\tClose', 'Done.']);
  assert.deepEqual(m.items[0].decisions, []);
});

test('an association\'s general meeting names its committee apart from the members in the room: `Committee present:` is the present list', () => {
  const text = ['RIVERSIDE ALLOTMENT SOCIETY', 'Annual General Meeting, Saturday 7 March 2026', '', 'Committee present: Alan Frost (Chair), Mina Patel (Treasurer), Joe Kerr', 'Members: 41 plot-holders signed in.', 'Apologies: Ruth Lane', '', '1. Welcome', 'The Chair welcomed everyone.', '', '2. Accounts', 'Noted.'].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role])), [
    ['present', 'Alan Frost', 'Chair'], ['present', 'Mina Patel', 'Treasurer'], ['present', 'Joe Kerr', undefined], ['apologies', 'Ruth Lane', undefined],
  ]);
  const members = parse(text.replace('Committee present:', 'Committee members present:')).meeting!;
  assert.equal(members.people[0].kind, 'present');
  assert.equal(members.people[0].people.length, 3);
});

test('guests in a list parted by commas: a named team in brackets, and a post then the body after the same commas as the list\'s', () => {
  const text = ['RIVERSIDE ALLOTMENT SOCIETY', 'Annual General Meeting, Saturday 7 March 2026', '',
    'Guests: PCSO Amy Hart (Rural Crime Team), Leo Marsh, Parks Officer, Westfield Borough Council, Cllr Ian Pope (Riverside Ward)', 'Apologies: Ruth Lane', '',
    '1. Welcome', 'The Chair welcomed everyone.', '', '2. Accounts', 'Noted.'].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role, p.organisation])), [
    ['inAttendance', 'Amy Hart', undefined, 'Rural Crime Team'], ['inAttendance', 'Leo Marsh', 'Parks Officer', 'Westfield Borough Council'],
    ['inAttendance', 'Ian Pope', undefined, 'Riverside Ward'], ['apologies', 'Ruth Lane', undefined, undefined],
  ]);
  // near misses: a team's words in small letters are a role (`release team`); a post joined by `and` stays one post; two names stay two people
  const near = parse(text.replace('Guests: PCSO Amy Hart (Rural Crime Team), Leo Marsh, Parks Officer, Westfield Borough Council, Cllr Ian Pope (Riverside Ward)', 'Guests: Amy Hart (release team), Leo Marsh, Ian Pope')).meeting!;
  assert.deepEqual(near.people[0].people.map((p) => [p.name.display, p.role, p.organisation]), [['Amy Hart', 'release team', undefined], ['Leo Marsh', undefined, undefined], ['Ian Pope', undefined, undefined]]);
});

test('a blog post\'s frame after the minutes (sharing buttons, related posts, the comment form) is no item nor content', () => {
  const text = ['Westbrook Residents\' Association', 'Committee meeting, Monday 2 March 2026', '', '1. Welcome', 'The Chair welcomed everyone.', '', '2. Date of next meeting', 'Monday 6 April 2026.', '',
    'Share this:', 'Facebook', 'Like this:', 'Like Loading...', '', 'Related', 'Spring clean-up day', '', 'Leave a Reply Cancel reply'].join('\n');
  const doc = parse(text);
  assert.deepEqual(doc.meeting!.items.map((i) => i.title), ['Welcome', 'Date of next meeting']);
  const chrome = (doc.debris ?? []).filter((d) => d.kind === 'web-chrome').map((d) => d.range.start.line);
  for (const line of [9, 11, 14, 17]) assert.ok(chrome.includes(line), `line ${line}`);
});
