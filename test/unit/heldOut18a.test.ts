/**
 * Forms a clerk read in a New South Wales council's ordinary meeting (`RESOLVED ON THE MOTION OF …`)
 * and a New Zealand local board's web minutes (`MOVED by Deputy Chairperson …, seconded by Member …:`)
 * (heldOut18, 01 and 02), each tried in other boards' words, with the near misses that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchMotion } from '#service/forms/motions';
import { cellText } from '#service/numberSchemes';
import { parse, resolveMention } from '#service';

const motionOf = (line: string): { mover?: string; seconder?: string; text: string } | undefined => {
  const m = matchMotion(line);
  if (!m) return undefined;
  return { mover: m.mover && line.slice(m.mover.start, m.mover.end), seconder: m.seconder && line.slice(m.seconder.start, m.seconder.end), text: line.slice(m.text.start, m.text.end) };
};

test('a resolution `on the motion of` its mover, seconded by its seconder, is a decision from `THAT`', () => {
  assert.deepEqual(motionOf('RESOLVED ON THE MOTION OF COUNCILLOR PEARCE, seconded by COUNCILLOR ALDOUS, THAT the report be noted.'),
    { mover: 'COUNCILLOR PEARCE', seconder: 'COUNCILLOR ALDOUS', text: 'THAT the report be noted' });
  // lower case, `Cr` and no `by`; the two joined by `and`; a colon after `THAT` over its parts
  assert.deepEqual(motionOf('Resolved on the motion of Cr Tran, seconded Cr Walsh, that Council adopt the Delivery Program.'),
    { mover: 'Cr Tran', seconder: 'Cr Walsh', text: 'that Council adopt the Delivery Program' });
  assert.equal(motionOf('RESOLVED on the motion of Councillors Kemp and Ortiz that the tender be accepted.')?.seconder, 'Ortiz');
  assert.equal(motionOf('RESOLVED ON THE MOTION OF COUNCILLOR BYRNE, seconded by COUNCILLOR HOLT, THAT:')?.text, 'THAT:');
  // its first part after `THAT:` is no sentence's end
  assert.equal(motionOf('RESOLVED ON THE MOTION OF CR BYRNE, seconded by CR HOLT, THAT: 1. Council write to the Minister; and 2. the matter be noted.')?.text,
    'THAT: 1. Council write to the Minister');
  // near misses: a motion of some other kind, `resolved` of a matter, no words from `that`
  assert.equal(motionOf('The Mayor resolved on the motion of the day to adjourn.'), undefined);
  assert.equal(motionOf('RESOLVED ON THE MOTION OF COUNCILLOR BYRNE.'), undefined);
  assert.equal(motionOf('It was resolved on the motion of Cr Tran.'), undefined);
});

test('a local board\'s mover and seconder named by their offices (`Deputy Chairperson`, `Chair`, `Deputy Mayor`), then `That …`', () => {
  assert.deepEqual(motionOf('MOVED by Deputy Chairperson T Ngata, seconded by Member P Lowe:'), undefined);
  assert.deepEqual(motionOf('MOVED by Deputy Chairperson T Ngata, seconded by Member P Lowe: That the Whau Local Board receive the report.'),
    { mover: 'Deputy Chairperson T Ngata', seconder: 'Member P Lowe', text: 'That the Whau Local Board receive the report' });
  assert.equal(motionOf('Moved by Deputy Mayor R Haines, seconded by Chair K Olsen: That the submission be endorsed.')?.mover, 'Deputy Mayor R Haines');
  // after the colon, `That` before a capital (`That Council …`)
  assert.equal(motionOf('MOVED by Councillor Lyle, seconded by Councillor Pratt: That Council approve the lease.')?.text, 'That Council approve the lease');
  // near miss: `That` before a capital with no colon is a new sentence, not the motion's words
  assert.equal(motionOf('Moved by Councillor Lyle, seconded by Councillor Pratt That Council approve the lease.'), undefined);
});

const decisionsIn = (lines: readonly string[]): string[] => {
  const text = ['BEGA RIVER SHIRE COUNCIL', '', 'MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY 12 MARCH 2025 AT 5.00PM', '', '1\tOPENING', 'The Mayor opened the meeting at 5.01pm.', '',
    '2\tREPORTS', ...lines, '', '3\tCLOSE', 'The meeting closed at 6.10pm.'].join('\n');
  return (parse(text).meeting?.items ?? []).flatMap((i) => i.decisions.map((d) => d.text.replace(/\s+/g, ' ')));
};

test('a resolution\'s number on its own line, over the resolution or under its motion, is no decision of its own', () => {
  assert.deepEqual(decisionsIn(['Resolution 25/041', 'RESOLVED ON THE MOTION OF COUNCILLOR DAWES, seconded by COUNCILLOR IQBAL, THAT the Quarterly Budget', 'Review be adopted.']),
    ['THAT the Quarterly Budget Review be adopted']);
  assert.deepEqual(decisionsIn(['MOVED by Councillor Dawes, seconded by Councillor Iqbal: That Council adopt the policy.', 'CARRIED', 'Resolution ORD/2025/77']),
    ['That Council adopt the policy']);
  // a numbered resolution with its words below it stays one
  assert.deepEqual(decisionsIn(['The Director presented the report.', 'RESOLUTION 25/042', 'That the tender be accepted.']), ['That the tender be accepted.']);
});

test('an amendment `On being put to the meeting` LOST is no decision; the motion carried after it is', () => {
  assert.deepEqual(decisionsIn(['AMENDMENT', 'MOVED by Councillor Dawes, seconded by Councillor Iqbal: That the matter be deferred', 'to the April meeting.',
    'On being put to the meeting the amendment was LOST.', 'MOVED by Councillor Lyle, seconded by Councillor Pratt: That Council approve the lease.', 'CARRIED']),
  ['That Council approve the lease']);
});

test('a resolution to close the meeting reads no further than the confidential sub-item it lists', () => {
  const text = ['BEGA RIVER SHIRE COUNCIL', '', 'MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY 12 MARCH 2025 AT 5.00PM', '', '1\tOPENING', 'The Mayor opened the meeting at 5.01pm.', '',
    '2\tCONFIDENTIAL MATTERS', 'RESOLVED ON THE MOTION OF COUNCILLOR DAWES, seconded by COUNCILLOR IQBAL, THAT Council close the meeting', 'to consider the following item:',
    '2.1\tCON2/25 – Sale of Land', 'The public left the meeting at 6.02pm.', '', '3\tCLOSE', 'The meeting closed at 6.10pm.'].join('\n');
  const d = parse(text).meeting!.items[1].decisions;
  assert.equal(d.length, 1);
  // (the resolution's two lines, 8 and 9: not the sub-item's heading below them)
  assert.equal(d[0].range.end.line, 9);
});

const peopleOf = (head: readonly string[], items: readonly string[] = ['1\tOPENING', 'The Mayor opened the meeting at 5.01pm.']): string[] => {
  const text = ['BEGA RIVER SHIRE COUNCIL', '', 'MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY 12 MARCH 2025 AT 5.00PM', '', ...head, '', ...items, '', '9\tCLOSE', 'The meeting closed at 6.10pm.'].join('\n');
  return (parse(text).meeting?.people ?? []).flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role ?? '', ...(p.qualifiers ?? []).map((q) => q.text)].join('|')));
};

test('an office written first with its article (`The Mayor, Councillor …`) is the role of the name after it', () => {
  assert.deepEqual(peopleOf(['PRESENT:\tThe Mayor, Councillor Ruth Okoro, the Deputy Mayor, Cr Dev Anand, Councillors Li Wen and Tom Barr']),
    ['present|Ruth Okoro|Mayor', 'present|Dev Anand|Deputy Mayor', 'present|Li Wen|', 'present|Tom Barr|']);
  // near miss: an office after the name stays that person's, as before (`Councillor Ruth Okoro, Mayor`)
  assert.deepEqual(peopleOf(['PRESENT:\tCouncillor Ruth Okoro, Mayor, Councillors Li Wen and Tom Barr']),
    ['present|Ruth Okoro|Mayor', 'present|Li Wen|', 'present|Tom Barr|']);
});

test('a staff table printed office first, the name in the next column, is each officer with that role', () => {
  assert.deepEqual(peopleOf(['STAFF IN ATTENDANCE:', 'Chief Executive Officer\t\t\tMarta Quinn', 'Director Corporate Services\t\tOwen Pike', 'Minute Secretary (minutes)\t\tJo Ellis']),
    ['inAttendance|Marta Quinn|Chief Executive Officer', 'inAttendance|Owen Pike|Director Corporate Services', 'inAttendance|Jo Ellis|Minute Secretary|minutes']);
  // near miss: a table printed name first keeps the name first
  assert.deepEqual(peopleOf(['STAFF IN ATTENDANCE:', 'Marta Quinn\t\t\tChief Executive Officer']), ['inAttendance|Marta Quinn|Chief Executive Officer']);
});

test('leave of absence sought for this meeting is the councillor\'s apology; leave for later meetings is not', () => {
  const item = (line: string): string[] => peopleOf([], ['1\tAPOLOGIES AND LEAVE OF ABSENCE', line]);
  assert.deepEqual(item('Councillor Hana Price had sought leave of absence for this meeting.'), ['apologies|Hana Price|']);
  assert.deepEqual(item('Cr Ivo Mandel requested leave of absence for tonight\'s meeting.'), ['apologies|Ivo Mandel|']);
  assert.deepEqual(item('Councillor Hana Price has sought leave of absence for the period 3 to 21 November.'), []);
});

test('a members\' table printed office first: an office printed once (`Members`) is each name\'s under it, the notes column one qualifier', () => {
  assert.deepEqual(peopleOf(['PRESENT', 'Chair\tMiriama Tane\t', 'Deputy Chair\tPeter Vaai\t', 'Members\tHelen Ruck\t', '\tSam Oduya\tBy audio-visual link', '\tLiam Kerr\tFrom 9.45am, Item 5', '',
    'ALSO PRESENT', 'Councillor\tRosa Vint\tUntil 11.05am, Item 9']),
  ['present|Miriama Tane|Chair', 'present|Peter Vaai|Deputy Chair', 'present|Helen Ruck|Member', 'present|Sam Oduya|Member|By audio-visual link',
    'present|Liam Kerr|Member|From 9.45am, Item 5', 'inAttendance|Rosa Vint|Councillor|Until 11.05am, Item 9']);
  // near miss: names in one column, no office printed: no role is carried to them
  assert.deepEqual(peopleOf(['PRESENT', 'Helen Ruck', 'Sam Oduya']), ['present|Helen Ruck|', 'present|Sam Oduya|']);
});

const actionsIn = (head: readonly string[], lines: readonly string[]): string[] => {
  const text = ['BEGA RIVER SHIRE COUNCIL', '', 'MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY 12 MARCH 2025 AT 5.00PM', '', ...head, '', '1\tOPENING', 'The Mayor opened the meeting at 5.01pm.', '',
    '2\tREPORTS', ...lines, '', '3\tCLOSE', 'The meeting closed at 6.10pm.'].join('\n');
  const m = parse(text).meeting!;
  return m.items.flatMap((i) => i.actions.map((a) => [a.owners.map((o) => o.text).join('/'), a.text, a.due?.text ?? ''].join('|')));
};

test('a due that is a council\'s meeting named by its kind (`the May 2025 Ordinary Meeting`, `the board\'s June business meeting`)', () => {
  assert.deepEqual(actionsIn([], ['The Director said that staff would report the costs to the May 2025 Ordinary Meeting.']),
    ['staff|report the costs to the May 2025 Ordinary Meeting|May 2025 Ordinary Meeting']);
  assert.deepEqual(actionsIn([], ['The Chair said staff would report back to the board\'s June business meeting on the trial.']).map((a) => a.split('|')[2]), ['board\'s June business meeting']);
  // near miss: an ordinary word before `meeting` that is no kind of meeting stays out of the due
  assert.deepEqual(actionsIn([], ['The Director said that staff would report the costs to the public meeting.']).map((a) => a.split('|')[2]), ['']);
});

test('a division\'s lines (`FOR:⇥Councillors …`, `AGAINST:⇥…`) are how each voted, never an owner column', () => {
  assert.deepEqual(actionsIn(['PRESENT:\tCouncillors Ann Kemp, Bo Lyle and Cy Moss'],
    ['MOVED by Councillor Kemp, seconded by Councillor Lyle: That Council adopt the plan.', 'DIVISION', 'A division was called, the result being:', 'FOR:\t\tCouncillors Kemp and Lyle', 'AGAINST:\tCouncillor Moss']), []);
});

test('an owner named by office, initial and surname (`Chairperson A Puketapu`) is the listed member who holds that office', () => {
  const m = parse(['Whau Local Board', 'Minutes of a meeting held on Wednesday, 5 March 2025 at 10.00am.', '', 'PRESENT', 'Chairperson\tKate Olsen\t', 'Members\tKen Olsen\t', '',
    '1\tBusiness', 'The board discussed the plan.', '', '2\tClose', 'The meeting closed.'].join('\n')).meeting!;
  const who = (text: string): string | undefined => { const r = resolveMention(text, m); return r.kind === 'person' || r.kind === 'role' ? r.person?.name.display : undefined; };
  assert.equal(who('Chairperson K Olsen'), 'Kate Olsen');
  assert.equal(who('Member K Olsen'), 'Ken Olsen');
  // near miss: an initial that opens neither first name names no one of them
  assert.equal(who('Chairperson P Olsen'), undefined);
});

const itemsOf = (lines: readonly string[]): string[] =>
  (parse(['Whau Local Board', 'Minutes of a meeting held on Wednesday, 5 March 2025 at 10.00am.', '', ...lines].join('\n')).meeting?.items ?? []).map((i) => `${i.number?.written ?? ''} ${i.title}`);

test('an item\'s title printed in two languages, a bar between (`Karakia | Opening prayer`), is one title', () => {
  assert.deepEqual(itemsOf(['1\tKarakia | Opening prayer', 'Member Ruck opened the meeting.', '', '2\tNgā Whakapāha | Apologies', 'There were no apologies.', '', '3\tClose', 'Done.']),
    ['1 Karakia | Opening prayer', '2 Ngā Whakapāha | Apologies', '3 Close']);
  assert.equal(cellText('1\tMihi | Greeting'), '1\tMihi | Greeting');
  // near misses: a table's row, its bars parting the cells (opening with one, or three cells), a bar straight after the number
  assert.equal(cellText('| 1 | Welcome | KA |'), '  1 \t Welcome \t KA |');
  assert.equal(cellText('1 | Welcome | KA'), '1 \t Welcome \t KA');
  assert.equal(cellText('1 | Welcome'), '1 \t Welcome');
  // (a name before the bar is no item's number: a row of two cells)
  assert.equal(cellText('Jo Ellis | Clerk'), 'Jo Ellis \t Clerk');
  assert.equal(cellText('(b)\tHoko | Purchases'), '(b)\tHoko | Purchases');
});

test('a date alone on its line (a web page\'s print header at a page break) is no item\'s head, and the item under it is read', () => {
  assert.deepEqual(itemsOf(['1\tWelcome', 'Hello.', '', '2\tApologies', 'None.', ' ', 'Whau Local Board', '5 March 2025', ' ', '3\tPublic Forum', 'There was none.', '', '4\tClose', 'Done.']),
    ['1 Welcome', '2 Apologies', '3 Public Forum', '4 Close']);
  assert.deepEqual(itemsOf(['1.\tWelcome', 'Hello.', '', '2.\tApologies', 'None.', '', '3rd March, 2025', '', '3.\tPublic Forum', 'There was none.']), ['1 Welcome', '2 Apologies', '3 Public Forum']);
  // the date in any form the dates read (a weekday before it, the month first, figures)
  for (const date of ['Wednesday 5 March 2025', 'March 5, 2025', '05/03/2025']) {
    assert.deepEqual(itemsOf(['1\tWelcome', 'Hello.', '', '2\tApologies', 'None.', ' ', 'Whau Local Board', date, ' ', '3\tPublic Forum', 'There was none.', '', '4\tClose', 'Done.']),
      ['1 Welcome', '2 Apologies', '3 Public Forum', '4 Close'], date);
  }
});

test('a resolution\'s part that directs an officer of the lists (`2.⇥the General Manager write to …`) is that officer\'s action', () => {
  const head = ['STAFF IN ATTENDANCE:', 'Chief Executive Officer\t\tMarta Quinn', 'Director Works\t\t\tOwen Pike'];
  assert.deepEqual(actionsIn(head, ['RESOLVED ON THE MOTION OF COUNCILLOR DAWES, seconded by COUNCILLOR IQBAL, THAT:', '1.\tCouncil adopt the Footpath Plan; and',
    '2.\tthe Chief Executive Officer write to the residents of Hill Street advising them of the', '\tworks program.']),
  ['Chief Executive Officer|write to the residents of Hill Street advising them of the works program|']);
  assert.deepEqual(actionsIn(head, ['MOVED by Councillor Dawes, seconded by Councillor Iqbal: That Council:', '(a)\tnote the report; and', '(b)\tthe Director Works arrange a site meeting with the owners.', 'CARRIED']),
    ['Director Works|arrange a site meeting with the owners|']);
  // near misses: a part that is no officer's (`the draft policy be placed …`), an office nobody of the lists holds
  assert.deepEqual(actionsIn(head, ['RESOLVED ON THE MOTION OF COUNCILLOR DAWES, seconded by COUNCILLOR IQBAL, THAT:', '1.\tthe draft policy be placed on exhibition; and',
    '2.\tthe Roads Minister provide funding for the bridge.']), []);
});

test('review mends: an office carried to the rows below only from a table\'s row (a tab before the name), a part\'s end read back', () => {
  // an indented list whose first line holds an office and a name in one run of words heads no rows
  assert.deepEqual(peopleOf(['Present:', '    Town Clerk Jo Bell', '    Cllr Ben Lee', '    Cllr Ann Roe']),
    ['present|Jo Bell|Town Clerk', 'present|Ben Lee|', 'present|Ann Roe|']);
  // the table printed office first still gives its office to the rows under it that print none
  assert.deepEqual(peopleOf(['MEMBERS PRESENT:', 'Members\tHemi Rawiri', '\tKate Sowry', '\tLiam Opie\tFrom 6.20pm']).filter((p) => p.startsWith('present|')),
    ['present|Hemi Rawiri|Member', 'present|Kate Sowry|Member', 'present|Liam Opie|Member|From 6.20pm']);
  // a part ends before its `; and`, its `; or` or its full stop, whatever blanks stand about them
  const head = ['STAFF IN ATTENDANCE:', 'Chief Executive Officer\t\tMarta Quinn'];
  assert.deepEqual(actionsIn(head, ['RESOLVED ON THE MOTION OF COUNCILLOR DAWES, seconded by COUNCILLOR IQBAL, THAT:', '1.\tthe Chief Executive Officer write to the owners ;   or', '2.\tCouncil defer the works.']),
    ['Chief Executive Officer|write to the owners|']);
});

test('review mends: a motion wrapped before a time or a figure runs on; a sub-item\'s number with its title stops it', () => {
  const text = (next: string): string => ['BEGA RIVER SHIRE COUNCIL', '', 'MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY 12 MARCH 2025 AT 5.00PM', '', '1\tOPENING', 'The Mayor opened the meeting.', '',
    '2\tHALL HIRE', 'RESOLVED ON THE MOTION OF COUNCILLOR DAWES, seconded by COUNCILLOR IQBAL, THAT the hall open until', next, '', '3\tCLOSE', 'The meeting closed.'].join('\n');
  for (const next of ['7.30 pm on Mondays from April.', '10.30 PM on Fridays.']) assert.equal(parse(text(next)).meeting!.items[1].decisions[0].range.end.line, 9, next);
  assert.equal(parse(text('2.1\tHire charges')).meeting!.items[1].decisions[0].range.end.line, 8);
});
