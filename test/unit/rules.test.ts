/** Each diagnostic fires where it should, not where it should not, and each quick fix writes the right text. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { RULES, toDiagnostics, fixesAt, DEFAULT_SETTINGS, readSettings } from '#service';
import { MEETING, analyse, applyEdits, findings, fixed } from '../support/util';

const body = (s: string) => `${MEETING}\n${s}`;

test('every rule has a stable code, a description and a default severity', () => {
  const codes = RULES.map((r) => r.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const r of RULES) {
    assert.match(r.code, /^minutes\/[a-z-]+$/);
    assert.ok(r.description.length > 10);
  }
});

test('a clean meeting has no problems', () => {
  const text = body('081/22 Access to Police Services\nPresented by: Andy Beard, Andy Parsons\n\nACTION: Publish the data. Owner: Craig Guildford. Due: 25/10/2022.\nDECISION: The report was noted.\n\n082/22 Fairness and Belonging\nPresented by: SF\nThe Board discussed the strategy.\n\nNext meeting: 25/10/2022\n');
  const diags = toDiagnostics(analyse(text).findings, DEFAULT_SETTINGS);
  assert.deepEqual(diags.map((d) => `${d.code}: ${d.message}`), []);
});

test('unnumbered item: fires on "Item 5 – …" and "Item: …", fix inserts the next free number', () => {
  const text = body('081/22 Access to Police Services\nText.\n\nItem 6 – Fairness and Belonging\nText.\n');
  const f = findings(text, 'unnumbered-item');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /no minute number.*082\/22/);
  assert.match(fixed(text, 'unnumbered-item'), /\n082\/22 Item 6 – Fairness and Belonging\n/);
  const colon = body('081/22 Access\nText.\n\nItem: Finance update\nText.\n\n082/22 Later\nText.\n');
  assert.match(fixed(colon, 'unnumbered-item'), /\n083\/22 Item: Finance update\n/, '082/22 is taken, so the next free one');
  assert.equal(findings(body('081/22 Access\nActions from the last meeting (item 7) were reviewed.\n'), 'unnumbered-item').length, 0);
  const between = body('081/22 One\nText.\n\nItem: Two\nText.\n\n083/22 Three\nText.\n');
  assert.match(fixed(between, 'unnumbered-item'), /\n082\/22 Item: Two\n/);
  assert.equal(findings(between, 'number-out-of-sequence').length, 0, 'the unnumbered item holds its place');
});

test('malformed number: 81/22, 081/2022, 115/2 3 and a number split over two lines', () => {
  for (const [written, canonical] of [['81/22', '081/22'], ['081/2022', '081/22'], ['081/2 2', '081/22']]) {
    const text = body(`${written} Access to Police Services\nText.\n`);
    const f = findings(text, 'malformed-number');
    assert.equal(f.length, 1, written);
    assert.match(f[0].message, new RegExp(`Write ${canonical.replace('/', '\\/')}`));
    assert.match(fixed(text, 'malformed-number'), new RegExp(`\\n${canonical.replace('/', '\\/')} Access to Police Services\\n`));
  }
  const split = body('119/2  \n2\n\nRebuilding Community Policing\nText.\n');
  const doc = analyse(split).doc;
  assert.equal(doc.meeting!.items[0].number!.year, 22);
  assert.equal(doc.meeting!.items[0].title, 'Rebuilding Community Policing');
  assert.match(fixed(split, 'malformed-number'), /\n119\/22\n\nRebuilding Community Policing\n/);
  assert.equal(findings(body('081/22 Access\nText.\n'), 'malformed-number').length, 0);
});

test('duplicate number is an error pointing at the first use; fix gives a free number', () => {
  const text = body('081/22 One\nText.\n\n082/22 Two\nText.\n\n082/22 Three\nText.\n');
  const f = findings(text, 'duplicate-number');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /082\/22 is used twice \(first on line \d+\)/);
  assert.equal(f[0].related?.length, 1);
  assert.match(fixed(text, 'duplicate-number'), /\n083\/22 Three\n/);
  assert.equal(findings(text, 'number-out-of-sequence').length, 0, 'a duplicate is not also out of sequence');
});

test('out of sequence: a gap and going backwards name the expected number', () => {
  const gap = body('081/22 One\nText.\n\n083/22 Three\nText.\n');
  assert.match(findings(gap, 'number-out-of-sequence')[0].message, /083\/22 skips after 081\/22: expected 082\/22/);
  assert.match(fixed(gap, 'number-out-of-sequence'), /\n082\/22 Three\n/);
  const back = body('081/22 One\nText.\n\n082/22 Two\nText.\n\n080/22 Zero\nText.\n');
  assert.match(findings(back, 'number-out-of-sequence')[0].message, /080\/22 goes back after 082\/22: expected 083\/22/);
  assert.equal(findings(body('081/22 One\nText.\n\n082/22 Two\nText.\n'), 'number-out-of-sequence').length, 0);
  // bold that starts inside a number (PDF debris) is written back after the new one, not dropped
  const bold = body('081/22 One\nText.\n\n0**83/22 Three**\nText.\n');
  assert.match(fixed(bold, 'number-out-of-sequence'), /\n082\/22\*\* Three\*\*\n/);
});

test('per-meeting numbering: 1., 2., 3. afresh, by setting and by detection', () => {
  const text = `# Parish Council\nDate: 03/03/2025\n\n1. Apologies\nNone.\n\n2. Minutes of the last meeting\nAgreed.\n\n4. Planning\nOne application.\n`;
  const a = analyse(text);
  assert.equal(a.doc.scheme, 'per-meeting');
  assert.deepEqual(a.doc.meeting!.items.map((i) => i.number?.seq), [1, 2, 4]);
  assert.match(findings(text, 'number-out-of-sequence')[0].message, /Minute 4 skips after 2: expected 3/);
  assert.match(fixed(text, 'number-out-of-sequence'), /\n3\. Planning\n/);
  const forced = analyse('# Board\nDate: 03/03/2025\n\n1. Apologies\nNone.\n', { numbering: 'per-meeting' });
  assert.equal(forced.doc.meeting!.items.length, 1);
  const questions = analyse(`${text}\n5. Questions\n1. Can the Council say when the road will be repaired?\n- In the spring.\n`);
  assert.deepEqual(questions.doc.meeting!.items.map((i) => i.number?.seq), [1, 2, 4, 5], 'a numbered question is not an item');
  const unnumbered = `${text}\nItem: Any other business\nNone.\n`;
  assert.match(fixed(unnumbered, 'unnumbered-item'), /\n5\. Item: Any other business\n/);
  // the fix's result is an item, whatever its title looks like (found by the fuzz soak: a title
  // ending in a full stop read as a numbered sentence, so the fix was offered again and again)
  const sentence = `${text}\nItem: next meeting.\nNone.\n`;
  const once = fixed(sentence, 'unnumbered-item');
  assert.match(once, /\n5\. Item: next meeting\.\n/);
  assert.deepEqual(analyse(once).doc.meeting!.items.map((i) => [i.number?.seq, i.title]).slice(-1), [[5, 'next meeting.']]);
  assert.equal(findings(once, 'unnumbered-item').length, 0);
});

test("year mismatch: a minute number's year differs from the meeting's date", () => {
  const text = body('081/21 Access to Police Services\nText.\n');
  assert.match(findings(text, 'year-mismatch')[0].message, /year 21, but the meeting is dated 27\/09\/2022\. Write 081\/22/);
  assert.match(fixed(text, 'year-mismatch'), /\n081\/22 Access/);
});

test('year mismatch: a year-first number may carry the session year begun the year before', () => {
  const doc = (date: string, first: string) => `Minutes of the meeting held on ${date}\n\n${first}/12  APOLOGIES\nNone.\n\n${first}/13  MINUTES\nAgreed.\n\n${first}/14  REPORTS\nNoted.\n`;
  assert.equal(findings(doc('4 March 2026', '25'), 'year-mismatch').length, 0, 'the 2025/26 session');
  assert.equal(findings(doc('4 March 2026', '26'), 'year-mismatch').length, 0);
  assert.match(findings(doc('4 November 2026', '25'), 'year-mismatch')[0]?.message ?? '', /year 25.*Write 26\/12\./);
  assert.match(findings(doc('4 March 2026', '23'), 'year-mismatch')[0]?.message ?? '', /Write 26\/12\./);
});

test('year mismatch: a prefixed number with its two-digit year may carry the council year begun the year before', () => {
  const doc = (date: string, yy: string) => `Minutes of the meeting held on ${date}\n\nTC/${yy}/088  APOLOGIES\nNone.\n\nTC/${yy}/089  MINUTES\nAgreed.\n\nTC/${yy}/090  REPORTS\nNoted.\n`;
  assert.equal(findings(doc('9 February 2026', '25'), 'year-mismatch').length, 0, 'the 2025/26 council year');
  assert.equal(findings(doc('9 February 2026', '26'), 'year-mismatch').length, 0);
  assert.match(findings(doc('9 November 2026', '25'), 'year-mismatch')[0]?.message ?? '', /year 25.*Write TC\/26\/088\./);
  assert.match(findings(doc('9 February 2026', '23'), 'year-mismatch')[0]?.message ?? '', /Write TC\/26\/088\./);
  // a count the calendar year could have reached: the year is a slip
  assert.match(findings(doc('9 May 2026', '25'), 'year-mismatch')[0]?.message ?? '', /year 25.*Write TC\/26\/088\./);
});

test('action without owner, and owners read from the text or an Owner: field', () => {
  const text = body('081/22 Access\nACTION: Publish the data.\n');
  assert.match(findings(text, 'action-without-owner')[0].message, /no owner.*Owner: Chief Constable/);
  assert.match(fixed(text, 'action-without-owner'), /\nACTION: Publish the data\. Owner: \n/);
  assert.equal(findings(body('081/22 Access\nACTION: Publish the data. Owner: Andy Beard, OPCC. Due: next meeting.\n'), 'action-without-owner').length, 0);
  assert.equal(findings(body('081/22 Access\nACTION: WMP to publish the data. Due: next meeting.\n'), 'action-without-owner').length, 0);
  const owners = analyse(body('081/22 Access\nACTION: Publish the data. Owners: Andy Beard & Chief Constable. Due: 25/10/2022.\n')).doc.meeting!.items[0].actions[0];
  assert.deepEqual(owners.owners.map((o) => o.text), ['Andy Beard', 'Chief Constable']);
  assert.equal(owners.text, 'Publish the data.');
  assert.equal(owners.due?.date?.iso, '2022-10-25');
});

test('the no-due-date message gives the next meeting\'s date as its example, else a date four weeks after the meeting', () => {
  const withNext = findings(body('081/22 Access\nACTION: Publish the data. Owner: Andy Beard.\n\nNext meeting: 22/11/2022\n'), 'action-without-due-date');
  assert.match(withNext[0].message, /"Due: 22\/11\/2022\."/);
  // no next meeting: four weeks after this meeting's date
  const later = findings(body('081/22 Access\nACTION: Publish the data. Owner: Andy Beard.\n').replace('Date: 27/09/2022', 'Date: 12/03/2024'), 'action-without-due-date');
  assert.match(later[0].message, /"Due: 09\/04\/2024\."/);
});

test('action without due date is information; fixes offer next meeting and its date', () => {
  const text = body('081/22 Access\nACTION: Publish the data. Owner: Andy Beard.\n\nNext meeting: 25/10/2022\n');
  const f = findings(text, 'action-without-due-date');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].fixes.map((x) => x.title), ['Due at the next meeting', 'Due on 25/10/2022']);
  assert.match(fixed(text, 'action-without-due-date', 'Due at the next meeting'), /Owner: Andy Beard\. Due: next meeting\.\n/);
  assert.match(fixed(text, 'action-without-due-date', 'Due on 25/10/2022'), /Owner: Andy Beard\. Due: 25\/10\/2022\.\n/);
  assert.equal(toDiagnostics(analyse(text).findings, DEFAULT_SETTINGS).find((d) => d.code === 'minutes/action-without-due-date')?.severity, 'information');
});

test('invalid date: 31/02/2023, and a weekday that does not match', () => {
  const text = MEETING.replace('Date: 27/09/2022', 'Date: 31/02/2023');
  assert.match(findings(text, 'invalid-date')[0].message, /"31\/02\/2023" is not a valid date: February 2023 has no day 31/);
  const weekday = MEETING.replace('Date: 27/09/2022', 'Date: Wednesday 27 September 2022');
  assert.match(findings(weekday, 'invalid-date')[0].message, /was a Tuesday, not a Wednesday/);
  const due = body('081/22 Access\nACTION: Publish. Owner: Andy Beard. Due: 30/02/2022.\n');
  assert.equal(findings(due, 'invalid-date').length, 1);
  assert.equal(findings(MEETING, 'invalid-date').length, 0);
});

test('unknown person: did you mean, replace, or add to Present', () => {
  const text = body('081/22 Access\nPresented by: Andy Beerd\nText.\n');
  const f = findings(text, 'unknown-person');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Presenter "Andy Beerd" is not in the attendance lists\. Did you mean Andy Beard\?/);
  assert.match(fixed(text, 'unknown-person', 'Change to Andy Beard'), /\nPresented by: Andy Beard\n/);
  assert.match(fixed(text, 'unknown-person', 'Add Andy Beerd to Present'), /\nCraig Guildford : Chief Constable\nAndy Beerd\n/);
  const known = body('081/22 Access\nPresented by: ACC Beard, SF, Chief Constable, Mr Parsons\nText.\nACTION: Do it. Owner: OPCC. Due: next meeting.\n');
  assert.deepEqual(findings(known, 'unknown-person').map((x) => x.message), []);
  const owner = body('081/22 Access\nACTION: Do it. Owner: Jane Smith. Due: next meeting.\n');
  assert.match(findings(owner, 'unknown-person')[0].message, /^Owner "Jane Smith"/);
});

test('a person both present and in apologies', () => {
  const text = MEETING + 'Andy Beard : Head of Force Contact\n';
  const f = findings(text, 'present-and-absent');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Andy Beard is listed in Apologies and also as present \(line 9\)/);
});

test('meeting without date: fix adds today under the title', () => {
  const text = '# Board\n\n001/26 Apologies\nNone.\n';
  assert.match(findings(text, 'meeting-without-date')[0].message, /no date\. Add a line "Date: 22\/11\/2026"/);
  assert.equal(fixed(text, 'meeting-without-date'), '# Board\nDate: 22/11/2026\n\n001/26 Apologies\nNone.\n');
});

test('empty item: a title with nothing under it', () => {
  const text = body('081/22 Access to Police Services\n\n082/22 Fairness\nText.\n');
  const f = findings(text, 'empty-item');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Item 081\/22 has nothing under its title/);
});

test('empty item: a ceremony\'s title is its whole record (the pledge, a prayer, a land acknowledgement), never an empty item', () => {
  const meeting = (title: string): string => `# City Council\nDate: 03/03/2026\n\n1. CALL TO ORDER\nThe Mayor called the meeting to order at 6:30 p.m.\n\n2. ${title}\n\n3. APPROVAL OF AGENDA\nApproved as presented.\n`;
  for (const title of ['PLEDGE OF ALLEGIANCE', 'Invocation', 'Invocation and Pledge of Allegiance', 'Opening Prayers', 'Moment of Silence', 'Land Acknowledgement', 'Acknowledgement of Country', 'Karakia', 'Salute to the Flag', 'National Anthem']) {
    assert.deepEqual(findings(meeting(title), 'empty-item').map((f) => f.message), [], title);
  }
  // an item that only opens with a ceremony's words is an item like any other
  for (const title of ['Prayer room booking policy', 'Pledge of Allegiance signage at City Hall', 'Land acknowledgement policy review']) {
    assert.equal(findings(meeting(title), 'empty-item').length, 1, title);
  }
});

test('non-canonical variants are recognised and rewritten to the canonical form', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['081/22 Access\nAction – Publish the data. Owner: SF. Due: next meeting.\n', 'Write ACTION:', /\nACTION: Publish the data\./],
    ['081/22 Access\nAGREED: The report was noted.\n', 'Write DECISION:', /\nDECISION: The report was noted\./],
    ['081/22 Access\nThis paper was presented by Andy Beard and Andy Parsons and the following points were discussed:\n- One.\n', 'Write "Presented by: Andy Beard, Andy Parsons"', /\nPresented by: Andy Beard, Andy Parsons\nAnd the following points were discussed:\n/],
  ];
  for (const [src, title, expected] of cases) {
    const text = body(src);
    const f = findings(text, 'non-canonical');
    assert.equal(f.length, 1, src);
    assert.equal(f[0].fixes[0].title, title);
    assert.match(applyEdits(text, f[0].fixes[0].edits), expected);
  }
  const people = '# Board\nDate: 27/09/2022\n\nAttendees:\nSimon Foster\t:\tPolice and Crime Commissioner\nAndy Beard (Head of Force Contact)\nAndy Parsons - Head of Force Response\n\n001/22 Apologies\nNone.\n';
  const f = findings(people, 'non-canonical');
  assert.deepEqual(f.map((x) => x.fixes[0].title), ['Write Present:', 'Write "Simon Foster : Police and Crime Commissioner"', 'Write "Andy Beard : Head of Force Contact"', 'Write "Andy Parsons : Head of Force Response"']);
  const all = fixesAt(analyse(people).findings, f[1].range, DEFAULT_SETTINGS).find((x) => x.title.startsWith('Rewrite all'));
  assert.ok(all, 'a fix-all is offered');
  assert.equal(applyEdits(people, all.edits), '# Board\nDate: 27/09/2022\n\nPresent:\nSimon Foster : Police and Crime Commissioner\nAndy Beard : Head of Force Contact\nAndy Parsons : Head of Force Response\n\n001/22 Apologies\nNone.\n');
  const bold = body('Actions arising from the discussion are highlighted in bold text.\n\n081/22 Access\n- **WMP to provide the data to the Board.**\n');
  const b = findings(bold, 'non-canonical');
  assert.equal(b.length, 1);
  assert.match(applyEdits(bold, b[0].fixes[0].edits), /\n- ACTION: WMP to provide the data to the Board\.\n/);
});

test('severities follow the settings, and "off" silences a rule', () => {
  const text = body('081/22 Access\nACTION: Publish the data.\n');
  const settings = readSettings({ diagnostics: { 'action-without-owner': 'error', 'action-without-due-date': 'off' } });
  const diags = toDiagnostics(analyse(text, settings).findings, settings);
  assert.equal(diags.find((d) => d.code === 'minutes/action-without-owner')?.severity, 'error');
  assert.equal(diags.find((d) => d.code === 'minutes/action-without-due-date'), undefined);
});

test('no fix drops a word of the user text it is not meant to change', () => {
  const text = body('81/22 Access to Police Services\nAction – Publish the data.\n\nItem 6 – Fairness and Belonging\nThis report was presented by Andy Beerd.\n');
  const a = analyse(text);
  for (const f of a.findings) {
    for (const fix of f.fixes) {
      const after = applyEdits(text, fix.edits);
      const fold = (t: string) => t.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()).filter((w) => w.length > 0);
      const lost = new Set(fold(text));
      for (const w of fold(after)) lost.delete(w);
      for (const w of lost) assert.ok(/^\d|^(?:this|report|was|beerd)$/.test(w), `${fix.title} lost "${w}"`);
    }
  }
});
