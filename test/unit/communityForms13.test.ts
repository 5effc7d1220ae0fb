/**
 * Forms of the thirteenth held-out set, read in other boards' words: a Scottish body's `Sederunt:`, a
 * board's executives `in attendance`, the firm after a guest's post, owners by clipped posts and by
 * initials of the listed names, matters arising as sub-items closing with their status.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { labelKind } from '#service/forms/headings';
import { matchInlineList } from '#service/forms/inline';
import { resolveMention } from '#service/attendance';

const people = (src: string) => parse(src).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', p.organisation ?? '']));

test('a Scottish body lists those present under `Sederunt:`, wrapped over lines with offices in brackets', () => {
  assert.deepEqual(labelKind('Sederunt'), { kind: 'present' });
  const src = [
    'KILBRIDE AND DUNMORE COMMUNITY COUNCIL',
    'Minutes of the meeting held on 9 September 2025',
    '',
    'Sederunt: Agnes Kerr (Convener), Hamish Tait (Secretary), Rhona',
    'Gillies (Treasurer), Iain Muir',
    'Apologies: Ewan Craig',
    '',
    '1. Welcome',
    'The Convener welcomed all.',
  ].join('\n');
  assert.deepEqual(people(src).map((p) => p.slice(0, 3)), [
    ['present', 'Agnes Kerr', 'Convener'], ['present', 'Hamish Tait', 'Secretary'], ['present', 'Rhona Gillies', 'Treasurer'], ['present', 'Iain Muir', ''], ['apologies', 'Ewan Craig', ''],
  ]);
});

test("a board's executives attend under their own label, not as members", () => {
  for (const l of ['Executive team in attendance', 'Senior leadership team in attendance', 'Executives in attendance', 'Executive directors also in attendance', 'Management team in attendance']) {
    assert.deepEqual(labelKind(l), { kind: 'inAttendance' }, l);
  }
  assert.equal(labelKind('Team in attendance'), undefined);
});

test("the firm or body after a guest's post is whom they come from, by its letters or its words", () => {
  const one = matchInlineList('Also attending: Tom Vale – Engagement Partner, BDO (item 6 only)')!;
  assert.equal(one.people.length, 1);
  const p = one.people[0];
  const t = 'Also attending: Tom Vale – Engagement Partner, BDO (item 6 only)';
  assert.equal(t.slice(p.org!.start, p.org!.end), 'BDO');
  assert.equal(t.slice(p.role!.start, p.role!.end), 'Engagement Partner');
  assert.deepEqual(p.qualifiers.map((q) => t.slice(q.start, q.end)), ['item 6 only']);
  const u = 'In attendance: Ruth Orr – Audit Manager, PwC; Sam Bell – Clerk';
  const two = matchInlineList(u)!;
  assert.deepEqual(two.people.map((x) => x.org ? u.slice(x.org.start, x.org.end) : ''), ['PwC', '']);
  const w = 'Also present: Lee Park – Adviser, Northfield Housing Association';
  assert.equal(matchInlineList(w)!.people.length, 1);
  // a list that goes on by initials is people, not a firm
  const v = 'Present: Ann Roe – Chair, BK, CD, EF';
  assert.equal(matchInlineList(v)!.people.length, 4);
});

const ARISING = [
  'LOCHSIDE TENANTS AND RESIDENTS ASSOCIATION',
  'Minutes of the committee meeting held on 14 October 2025',
  '',
  'Sederunt: Moira Dunbar (Convener), Craig Paton (Secretary), Elspeth Rae (Treasurer)',
  '',
  '1. Welcome',
  'The Convener welcomed members.',
  '',
  '2. Matters Arising',
  '2.1 Stair lighting at Burn Court – the landlord had replaced the fittings on all',
  'three landings. Complete.',
  '2.2 Bin store keys – CP had not heard back from the factor. Carry',
  'forward.',
  '2.3 Gala float – the gala committee withdrew the float category this year. Dropped.',
  '',
  '3. Finance',
  'The Treasurer reported a balance of £812.',
  'Action: Treas to pay the hall hire by 31 October.',
  'Action: Sec – write to the factor about the bin store keys.',
].join('\n');

test('matters arising as sub-items: the title ends at its dash, the closing sentence is the earlier action\'s status', () => {
  const m = parse(ARISING).meeting!;
  assert.deepEqual(m.items[1].subItems!.map((s) => s.title), ['Stair lighting at Burn Court', 'Bin store keys', 'Gala float']);
  assert.deepEqual((m.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [
    ['Stair lighting at Burn Court', 'done', 'Complete'], ['Bin store keys', 'carried forward', 'Carry forward'], ['Gala float', 'dropped', 'Dropped'],
  ]);
});

test('an owner by the clipped words of a post (`Treas`, `Sec`, `Co Sec`) is its one holder, never one of two', () => {
  const m = parse(ARISING).meeting!;
  const owners = m.items[2].actions.map((a) => a.owners.map((o) => resolveMention(o.text, m).kind === 'role' ? (resolveMention(o.text, m) as { person?: { name: { display: string } } }).person?.name.display : o.text));
  assert.deepEqual(owners, [['Elspeth Rae'], ['Craig Paton']]);
  const board = parse(['BOARD', 'Minutes of the meeting held on 5 May 2026', '', 'In attendance: Ann Roe – Executive Director of Finance; Bo Lee – Executive Director of People; Cy Dee – Head of Legal and Company Secretary', '', '1. Finance', 'Text.'].join('\n')).meeting!;
  const who = (t: string) => { const r = resolveMention(t, board); return r.kind === 'role' || r.kind === 'person' ? r.person?.name.display : undefined; };
  assert.equal(who('Co Sec'), 'Cy Dee');
  assert.equal(who('Exec'), undefined);
});

test('an owner alone with only when it is due after the dash: the paragraph above is the task', () => {
  const src = [
    'MILLBROOK HOUSING CO-OPERATIVE',
    'Minutes of the management committee held on 3 February 2026',
    '',
    'Present: Ruth Orr (Chair), Dev Pillai (Treasurer)',
    'In attendance: Lena Ames – Housing Manager; Paul Hart – Finance and Company Secretary',
    '',
    '1. Repairs',
    'A survey of the communal boilers to be commissioned before the heating season.',
    'Action: LA – next meeting',
    '',
    '2. Governance',
    'The register of members to be brought up to date.',
    'Action: Co Sec – by end of March',
  ].join('\n');
  const m = parse(src).meeting!;
  const acts = m.items.flatMap((i) => i.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]));
  assert.deepEqual(acts, [
    ['A survey of the communal boilers to be commissioned before the heating season.', ['LA'], 'next meeting'],
    ['The register of members to be brought up to date.', ['Co Sec'], 'end of March'],
  ]);
  const co = resolveMention('Co Sec', m);
  assert.equal(co.kind === 'role' ? co.person?.name.display : undefined, 'Paul Hart');
  // a task after the dash stays the task
  const t = parse(src.replace('Action: LA – next meeting', 'Action: LA – chase the boiler survey by next meeting')).meeting!;
  assert.deepEqual(t.items[0].actions.map((a) => [a.text, a.due?.text]), [['chase the boiler survey by next meeting', 'next meeting']]);
});

test('a clip must end on an office\'s word: a first name is no clipped post', () => {
  const m = parse(['BOARD', 'Minutes of the meeting held on 5 May 2026', '', 'Present: Ann Roe – Marketing Director; Bo Lee – Company Secretary', '', '1. Sales', 'Text.'].join('\n')).meeting!;
  const r = resolveMention('Mark', m);
  assert.ok(!(r.kind === 'role' && r.person), 'Mark is no Marketing Director');
  const s = resolveMention('Co Sec', m);
  assert.equal(s.kind === 'role' ? s.person?.name.display : undefined, 'Bo Lee');
});

test("an action written `owner – task – due`: the due after its long dash is the due's words, not the task's", () => {
  const src = [
    'CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL',
    'Minutes of the meeting held on 3 March 2026',
    '',
    'Sederunt: Nia Parry (Chair), Ifan Rees (Clerk)',
    '',
    '1. Apologies',
    'None.',
    '',
    '2. School crossing',
    'The school asked for a patrol at the crossing.',
    'Action: NP – reply to the school – by next meeting',
    'Action: Clerk – chase the county about the lights – 30 April 2026.',
    'Action: IR – write to the county by 30 April 2026',
    'Action: IR – ask the head to attend, by the May meeting',
    'Action: NP – ask the county – by 30 April 2026 and report back',
    '',
    '3. Close',
    'The meeting closed at 8pm.',
  ].join('\n');
  const actions = parse(src).meeting!.items[1].actions.map((a) => [a.text, a.owners.map((o) => o.text).join(', '), a.due?.text ?? '']);
  assert.deepEqual(actions, [
    ['reply to the school', 'NP', 'next meeting'],
    ['chase the county about the lights', 'Clerk', '30 April 2026'],
    // in the sentence, or after a comma, the due reads on as the task's own words
    ['write to the county by 30 April 2026', 'IR', '30 April 2026'],
    ['ask the head to attend, by the May meeting', 'IR', 'May meeting'],
    // words after the due: it does not close the task, which keeps every word
    ['ask the county – by 30 April 2026 and report back', 'NP', '30 April 2026'],
  ]);
});
