/**
 * Minutes numbered in a board's own scheme (issue 18, point 1): the scheme is detected once, its
 * heads start items, sub-items with a title are the item's children, numbered paragraphs stay
 * paragraphs, references in the file's form are read, the numbering rules speak in the file's
 * form, and the outline says how the meeting is numbered.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, documentSymbols } from '#service';
import { analyse } from '../support/util';

const PARISH = [
  'Ashcombe St Mary Parish Council',
  'Minutes of the meeting held on 11 June 2024',
  '',
  'PC24/061 APOLOGIES FOR ABSENCE',
  'Apologies were received from Cllr Whitty.',
  '',
  'PC24/062 MINUTES',
  'The minutes of the meeting held on 14 May 2024 were approved, as was the gate repair under PC24/058.',
  '',
  'PC24/063 FINANCE',
  '(a) Payments for approval:',
  'ACTION: Clerk to pay the invoices by 30 June.',
  '(b) The bank reconciliation to 31st May 2024 was checked against the statement and signed.',
  '(c) Annual Governance and Accountability Return 2023/24:',
  'RESOLVED to approve Section 1.',
  '',
  'PC24/065 PLAY AREA',
  'The gate was discussed.',
].join('\n');

test('a parish council numbered PC24/061 … : items, sub-items and paragraphs as a clerk reads them', () => {
  const doc = parse(PARISH);
  assert.equal(doc.scheme, 'prefixed');
  const items = doc.meeting!.items;
  assert.deepEqual(items.map((i) => [i.number?.written, i.title]), [['PC24/061', 'APOLOGIES FOR ABSENCE'], ['PC24/062', 'MINUTES'], ['PC24/063', 'FINANCE'], ['PC24/065', 'PLAY AREA']]);
  // (b) is a paragraph of the minute, not a sub-item
  assert.deepEqual(items[2].subItems?.map((s) => [s.number?.written, s.title]), [['(a)', 'Payments for approval'], ['(c)', 'Annual Governance and Accountability Return 2023/24']]);
  // an action under a sub-item stays the item's
  assert.equal(items[2].actions.length, 1);
});

test('the numbering rules speak in the file\'s own form: PC24/065 after PC24/063 expects PC24/064', () => {
  const f = analyse(PARISH).findings.filter((x) => x.code === 'minutes/number-out-of-sequence');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /PC24\/065 skips after PC24\/063: expected PC24\/064/);
});

test('a reference in the file\'s form (PC24/058) is a reference to that minute', () => {
  const refs = parse(PARISH).meeting!.items[1].references;
  assert.deepEqual(refs.map((r) => [r.target.seq, r.target.prefix, r.target.yearText]), [[58, 'PC', '24']]);
});

test('the outline says how the meeting is numbered', () => {
  const [meeting] = documentSymbols(parse(PARISH));
  assert.match(meeting.detail ?? '', /numbered PC24\/061 to PC24\/065/);
  // sub-items are the item's children in the outline
  const finance = meeting.children.find((c) => c.name.startsWith('PC24/063'));
  assert.deepEqual(finance?.children.filter((c) => c.kind === 'item').map((c) => c.name), ['(a) Payments for approval', '(c) Annual Governance and Accountability Return 2023/24']);
});

test('running numbers start wherever the year has reached, and a count is no item', () => {
  const doc = parse(['41.     APOLOGIES FOR ABSENCE', '', 'None.', '2 Observers', '', '42.     MINUTES', '', 'Approved; see Minute 38.', '', '43.     WORK PROGRAMME', '', 'Noted.'].join('\n'));
  assert.equal(doc.scheme, 'running');
  assert.deepEqual(doc.meeting!.items.map((i) => i.number?.seq), [41, 42, 43]);
  assert.deepEqual(doc.meeting!.items[1].references.map((r) => r.target.seq), [38]);
  const alarms = analyse(['41. APOLOGIES', '', 'None.', '', '42. MINUTES', '', 'Approved.'].join('\n')).findings.filter((x) => x.code.includes('number'));
  assert.deepEqual(alarms, []);
});

test('Roman items with lettered sub-items; minutes.numbering can name the scheme', () => {
  const text = ['I. CALL TO ORDER', 'The Mayor called the meeting to order.', 'II. CONSENT AGENDA', 'A. Minutes of the June 2, 2020 regular meeting', 'B. Claims in the amount of $412,877.14', 'Motion carried 4-0.', 'III. ADJOURNMENT', 'Adjourned at 8.02 pm.'].join('\n');
  const doc = parse(text);
  assert.equal(doc.scheme, 'roman');
  assert.deepEqual(doc.meeting!.items.map((i) => i.title), ['CALL TO ORDER', 'CONSENT AGENDA', 'ADJOURNMENT']);
  assert.deepEqual(doc.meeting!.items[1].subItems?.map((s) => s.number?.written), ['A', 'B']);
  assert.equal(parse(text, { scheme: 'roman' }).scheme, 'roman');
});

test('a North American council\'s Roman sections with numbered entries `1.`, `2.` (a consent agenda, its business, its reports)', () => {
  const text = ['I. CALL TO ORDER', 'The Mayor called the meeting to order at 7:00 p.m.', '', 'II. CONSENT AGENDA', '1. Vouchers dated March 3, 2024 ($98,412.50)', '2. Resolution 24-07 – Accepting a state library grant of $12,000', 'Motion (Ames/Birch) to approve the Consent Agenda, items 1 and 2. Carried.', '', 'III. REPORTS', '1. Finance Director', 'Mr. Cole will circulate the audit timetable by April 1.', '2. Fire Chief', 'The Chief reported 96 calls in February.', '', 'IV. ADJOURNMENT', 'Adjourned at 8:10 p.m.'].join('\n');
  const doc = parse(text);
  const entries = (k: number) => doc.meeting!.items[k].subItems?.map((s) => [s.number?.written, s.title]);
  assert.deepEqual([doc.scheme, doc.meeting!.items.map((i) => i.title)], ['roman', ['CALL TO ORDER', 'CONSENT AGENDA', 'REPORTS', 'ADJOURNMENT']]);
  assert.deepEqual(entries(1), [['1', 'Vouchers dated March 3, 2024 ($98,412.50)'], ['2', 'Resolution 24-07 – Accepting a state library grant of $12,000']]);
  assert.deepEqual(entries(2), [['1', 'Finance Director'], ['2', 'Fire Chief']]);
  // under a lettered section too (a meeting lettered `A.` to `D.`)
  const lettered = parse(text.replace(/^(I{1,3}|IV)\./gm, (r: string) => `${'ABCD'[['I', 'II', 'III', 'IV'].indexOf(r.slice(0, -1))]}.`));
  assert.deepEqual(lettered.meeting!.items[1].subItems?.map((s) => s.number?.written), ['1', '2']);
  // near misses: a numbered sentence, an entry that does not start from 1, a bracketed list's point
  for (const [from, to] of [['1. Finance Director', '1. The audit timetable was circulated.'], ['1. Finance Director', '3. Finance Director'], ['1. Finance Director', '1) Finance Director']]) {
    assert.deepEqual(parse(text.replace(from, to)).meeting!.items[2].subItems, undefined, to);
  }
});

test('a district board\'s sections lettered `A.` to `K.` (`I.` among them a letter, not a Roman one), its parts `C-1`, `C-2` under `C.`: per-meeting numbering', () => {
  const sections = ['CALL TO ORDER', 'ROLL CALL', 'CONSENT CALENDAR', 'PUBLIC COMMENT', 'ACTION ITEMS', 'REPORTS', 'CORRESPONDENCE', 'CLOSED SESSION', 'INFORMATION ITEMS', 'ADJOURNMENT'];
  const text = sections.map((t, k) => {
    const head = `${String.fromCharCode(65 + k)}. ${t}`;
    if (t === 'CONSENT CALENDAR') return [head, 'C-1  Minutes of the Regular Meeting of May 6, 2025', 'C-2  Claims List for May 2025 (Gov. Code § 37208)', 'M/S: Reyes/Tan to approve the Consent Calendar.'].join('\n');
    return [head, 'J. Ortiz reported to the Board.'].join('\n');
  }).join('\n\n');
  const doc = parse(text);
  assert.equal(doc.scheme, 'per-meeting');
  assert.deepEqual(doc.meeting!.items.map((i) => i.number?.written), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
  assert.deepEqual(doc.meeting!.items[8].title, 'INFORMATION ITEMS');
  assert.deepEqual(doc.meeting!.items[2].subItems?.map((s) => [s.number?.written, s.title]), [['C-1', 'Minutes of the Regular Meeting of May 6, 2025'], ['C-2', 'Claims List for May 2025 (Gov. Code § 37208)']]);
  // near misses: a part of another item's letter is no sub-item; a lettered line in mixed case is no section
  const other = parse(text.replace('C-2  Claims', 'D-2  Claims'));
  assert.deepEqual(other.meeting!.items[2].subItems?.map((s) => s.number?.written), ['C-1']);
  assert.equal(parse(text.replace(/^([A-K])\. ([A-Z ]+)$/gm, (_, l: string, t: string) => `${l}. ${t[0]}${t.slice(1).toLowerCase()}`)).meeting!.items.some((i) => i.number?.written === 'A'), false);
});

test('a web page\'s sub-item numbers alone on their lines, under its running minutes (`52.` ⏎ `MINUTES` … `52.3` ⏎ title)', () => {
  const text = ['Items', 'No.\tItem', '', '51.', 'APOLOGIES', 'None.', '', '52.', 'MINUTES', 'RESOLVED that the minutes be confirmed.', '52.3', 'Minute 12 - Play Area Survey', 'The survey was complete.', '52.4', 'Minute 15 - Car Park Lighting', 'Outstanding.', '', '53.', 'BUDGET', 'Noted.'].join('\n');
  const doc = parse(text);
  assert.equal(doc.scheme, 'running');
  assert.deepEqual(doc.meeting!.items.map((i) => i.title), ['APOLOGIES', 'MINUTES', 'BUDGET']);
  assert.deepEqual(doc.meeting!.items[1].subItems?.map((s) => [s.number?.written, s.title]), [['52.3', 'Minute 12 - Play Area Survey'], ['52.4', 'Minute 15 - Car Park Lighting']]);
  // near misses: a paragraph number with its sentence on the line, and one under another minute
  const para = parse(text.replace('52.3\nMinute 12 - Play Area Survey', '52.3 The survey was reported complete.').replace('52.4\n', '53.4\n'));
  assert.deepEqual(para.meeting!.items[1].subItems, undefined);
});

test('a US council\'s `2.02)` sub-items under its plain `2.` items', () => {
  const text = ['1. CALL TO ORDER', 'The Mayor called the meeting to order.', '', '2. UNFINISHED BUSINESS', '2.01) Sidewalk Replacement – Bid Award', 'Motion carried 5-0.', '', '2.02) Library Roof', 'Staff reported on the roof.', '', '3. REPORTS', '3.01) City Manager – The audit starts on May 2.', '3.02) the clerk said that the audit would start soon.', '', '4. ADJOURNMENT', 'Adjourned.'].join('\n');
  const doc = parse(text);
  assert.equal(doc.scheme, 'per-meeting');
  assert.deepEqual(doc.meeting!.items.map((i) => i.title), ['CALL TO ORDER', 'UNFINISHED BUSINESS', 'REPORTS', 'ADJOURNMENT']);
  assert.deepEqual(doc.meeting!.items[1].subItems?.map((s) => [s.number?.written, s.title]), [['2.01)', 'Sidewalk Replacement – Bid Award'], ['2.02)', 'Library Roof']]);
  // a sentence after the number is a paragraph, not a sub-item
  assert.deepEqual(doc.meeting!.items[2].subItems?.map((s) => [s.number?.written, s.title]), [['3.01)', 'City Manager']]);
});

test('a review table nested in an item ends at the next item\'s head (`3.<TAB>Budget<TAB>TH` is no row of it)', () => {
  const doc = parse('Min\tItem\tLead\n1.\tApologies\tDO\n\tNone.\n2.\tReview of actions\tCB\n\tRef\tAction\tWho\tStatus\n\t24/1\tBook hall\tCB\tDone\n\t24/2\tPaint fence\tSB\tIn progress\n3.\tBudget\tTH\n\tNoted.\n4.\tAOB\tDO\n\tNone.');
  assert.deepEqual(doc.meeting!.items.map((i) => i.title), ['Apologies', 'Review of actions', 'Budget', 'AOB']);
  assert.deepEqual(doc.meeting!.statusReviews?.map((s) => [s.ref, s.status]), [['24/1', 'done'], ['24/2', 'open']]);
});

test('our own markup and NNN/YY minutes read as before', () => {
  const doc = parse('# Board\nDate: 3 March 2025\n\n081/25 Finance\n(a) Payments for approval:\nNoted.\n\n082/25 Close\nDone.');
  assert.equal(doc.scheme, 'year');
  assert.equal(doc.meeting!.items[0].subItems, undefined);
});

test('heldOut10: a parish\'s NNN/YY item whose parts are labels over their lists, `(a) Applications received:` … `(b) Decisions notified:`, has them as sub-items (invented text)', () => {
  const doc = parse('ASHBY PARISH COUNCIL\nMinutes of the meeting held on 6 May 2026\n\n041/26\tPLANNING\n(a) Applications received:\n26/00101/HH\t4 Mill Lane\tPorch\nNo objection.\n(b) Decisions notified:\n26/00042/HH, 2 The Green – granted.\n\n042/26\tFINANCE\n(a) Payments for approval:\nR Dacre\tSalary\t£600.00\nApproved.\n\n043/26\tCLOSE\nClosed at 9pm.');
  assert.deepEqual(doc.meeting!.items.map((i) => (i.subItems ?? []).map((x) => `${x.number?.written} ${x.title}`)), [['(a) Applications received', '(b) Decisions notified'], [], []]);
});
