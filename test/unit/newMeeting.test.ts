/** New Meeting: last time's members for the clerk to confirm, never published as attendance; this meeting's agenda as the body. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeText, buildWorkspace, exportMeeting, newMeetingAfterLatest, numberLabel, parse, DEFAULT_PUBLISH, DEFAULT_SETTINGS,
} from '#service';
import { corpusText, TODAY } from '../support/util';

const LAST = `# Strategic Policing and Crime Board
Date: 19/12/2023

Present:
Simon Foster : Police and Crime Commissioner
Jane Hill (JH) : Chief Executive

Apologies:
Bhupinder Gakhal : Board Member

In attendance:
Mark Kenyon : Chief Finance Officer

120/23 Finance Update
The Board noted the report.
ACTION: Report on fuel costs. Owner: the Secretariat.
`;

function made(iso = '2024-02-27'): string {
  const r = newMeetingAfterLatest(buildWorkspace([{ uri: 'file:///w/2023-12-19.minutes', doc: parse(LAST) }], TODAY), iso, 'dmy');
  assert.ok('text' in r);
  return r.text;
}

/** The published text of minutes (Markdown and HTML), public version. */
async function published(text: string): Promise<string> {
  const a = analyzeText('file:///w/2024-02-27.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const out = async (to: 'html' | 'md'): Promise<string> => {
    const r = await exportMeeting(a.doc, a.lines, to, DEFAULT_PUBLISH);
    assert.ok('bytes' in r);
    return new TextDecoder().decode(r.bytes);
  };
  return `${await out('md')}\n${await out('html')}`;
}

test('New Meeting lists last time\'s members, present and apologies alike, for the clerk to confirm; nobody is written as present', () => {
  const text = made();
  const lines = text.split('\n');
  const heading = lines.indexOf('Members to confirm (move each to Present or Apologies):');
  assert.ok(heading >= 0, text);
  assert.deepEqual(lines.slice(heading + 1, heading + 4), [
    'Simon Foster : Police and Crime Commissioner',
    'Jane Hill (JH) : Chief Executive',
    'Bhupinder Gakhal : Board Member',
  ]);
  const officers = lines.indexOf('Officers to confirm (move each to In attendance):');
  assert.equal(lines[officers + 1], 'Mark Kenyon : Chief Finance Officer');
  // the new meeting's lists are empty until the clerk moves people into them
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.map((b) => [b.kind, b.people.length]), [['present', 0], ['apologies', 0], ['inAttendance', 0]]);
});

test('the published minutes of a new meeting do not say that last time\'s members were present', async () => {
  const out = await published(made());
  for (const name of ['Simon Foster', 'Jane Hill', 'Bhupinder Gakhal', 'Mark Kenyon']) assert.doesNotMatch(out, new RegExp(name), name);
  assert.doesNotMatch(out, /to confirm/i);
  // once the clerk moves Simon Foster to Present and Bhupinder Gakhal to Apologies, they are published there, the rest not
  const moved = made()
    .replace('Simon Foster : Police and Crime Commissioner\n', '')
    .replace('Bhupinder Gakhal : Board Member\n', '')
    .replace('Present:\n', 'Present:\nSimon Foster : Police and Crime Commissioner\n')
    .replace('Apologies:\n', 'Apologies:\nBhupinder Gakhal : Board Member\n');
  const m = parse(moved).meeting!;
  assert.deepEqual(m.people.filter((b) => b.people.length).map((b) => [b.kind, b.people.map((p) => p.name.display)]), [['present', ['Simon Foster']], ['apologies', ['Bhupinder Gakhal']]]);
  const after = await published(moved);
  assert.match(after, /Simon Foster/);
  assert.match(after, /Bhupinder Gakhal/);
  assert.doesNotMatch(after, /Jane Hill|Mark Kenyon/);
});

test('New Meeting on the date of an agenda in the folder takes its items, numbered on, with their presenters; open actions still to chase', () => {
  // the corpus file holds the minutes of 19 December 2023 and the agenda of 23 January 2024
  const doc = parse(corpusText('spcb-2023-12-19-with-2024-01-agenda.txt'));
  const model = buildWorkspace([{ uri: 'file:///w/2023-12-19.txt', doc }], TODAY);
  const r = newMeetingAfterLatest(model, '2024-01-23', 'dmy', doc.agendas[0]);
  assert.ok('text' in r);
  const m = parse(r.text).meeting!;
  const titles = m.items.map((i) => `${i.number && numberLabel(i.number)} ${i.title}`);
  assert.deepEqual(titles.slice(0, 6), [
    '001/24 Apologies and PCC Update',
    '002/24 Notes of the Last Meeting',
    '003/24 Questions from Members of the Board',
    '004/24 Increased Confidence in WMP: Fairness and Belonging',
    '005/24 Rebuilding Community Policing Part Two',
    '006/24 Budget 2024/25',
  ]);
  assert.deepEqual(m.items[5].presenters.flatMap((p) => p.names.map((n) => n.text)), ['Jane Heppel']);
  assert.equal(m.nextMeeting?.iso, '2024-02-27');
  // the speed cameras action of item 117/23 is still to be chased at the new meeting
  assert.match(r.text, /^117\/23-A1 CARRIED FORWARD: WMP will pick up a discussion with the Local Authority around Speed Enforcement Cameras\./m);
  // without the agenda: the usual skeleton
  const plain = newMeetingAfterLatest(model, '2024-01-23', 'dmy');
  assert.ok('text' in plain);
  assert.doesNotMatch(plain.text, /Budget 2024\/25/);
});
