/**
 * Forms met in new documents of the Markdown families (a charity's board on a forge's wiki, an open-source
 * project's steering notes), each read as a clerk reads it. Names and bodies are invented, in words other than
 * the documents' own, with the near misses that must stay as they were.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, DEFAULT_SETTINGS, parse } from '#service';
import { debrisKind } from '#service/forms/debris';
import { matchPersonBullet } from '#service/forms/personLine';
import { TODAY } from '../support/util';

/** Each list of the meeting: its kind, then each person as `name | role | qualifiers | handle`. */
function lists(text: string): string[] {
  return parse(text).meeting!.people.map((b) => `${b.kind}: ${b.people.map((p) => [p.name.display, p.role ?? '', (p.qualifiers ?? []).map((q) => q.kind).join(' '), p.handle ?? ''].join(' | ')).join('; ')}`);
}

test('members listed by their handle first: the name in the bracket or after a dash, or the handle alone', () => {
  const text = [
    '# Tiller Project Steering — 4 March 2026', '', '## Attendees', '',
    '- @okafor-a (Ada Okafor, chair)', '- @jvance (Jonah Vance)', '- @mireille — Mireille Daudet (treasurer)', '- @pkrol (Piotr Król) — joined 16:20', '- @zed',
    '', 'Regrets: @hlund, @t-ames', '', '## 1. Release', '', '- Jonah: two blockers left.', '',
  ].join('\n');
  assert.deepEqual(lists(text), [
    'present: Ada Okafor | chair |  | okafor-a; Jonah Vance |  |  | jvance; Mireille Daudet | treasurer |  | mireille; Piotr Król |  | from | pkrol; zed |  |  | zed',
    'apologies: hlund |  |  | hlund; t-ames |  |  | t-ames',
  ]);
  // a later mention by handle is the member, no stranger
  const findings = analyzeText('file:///f.minutes', 1, `${text}- **Action** (@jvance): tag the release candidate by 2026-03-11.\n`, DEFAULT_SETTINGS, TODAY).findings;
  assert.ok(!findings.some((f) => /not in the|unknown/i.test(f.message)), findings.map((f) => f.message).join('\n'));
});

test('near misses: a task after a handle, or a bracket that holds a handle of its own, is no member', () => {
  assert.equal(matchPersonBullet('- [x] @jvance publish the security advisory'), undefined);
  assert.equal(matchPersonBullet('- @jvance will look into it'), undefined);
  assert.equal(matchPersonBullet('- @jvance (@other)'), undefined);
  // the name-first form is read as before
  const p = matchPersonBullet('- Jonah Vance @jvance (TSC)')!;
  assert.deepEqual(['- Jonah Vance @jvance (TSC)'.slice(p.name.start, p.name.end), '- Jonah Vance @jvance (TSC)'.slice(p.handle!.start, p.handle!.end)], ['Jonah Vance', 'jvance']);
});

test('a list of contents over headings that carry the items\' numbers: the headings are the items, numbered, under the meeting\'s own heading', () => {
  const text = [
    '# Tiller Project Steering — 4 March 2026', '', '## Agenda', '', '1. Previous action items', '2. Release', '3. AOB', '',
    '## 1. Previous action items', '', '- [x] @jvance publish the advisory', '- [ ] @pkrol finish the policy — carried over', '',
    '## 2. Release', '', '- Jonah: two blockers left.', '', '## 3. AOB', '', '- None.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual([m.title?.value, m.date?.iso], ['Tiller Project Steering', '2026-03-04']);
  assert.deepEqual(m.items.map((i) => `${i.number?.written ?? '-'} ${i.title}`), ['1. Previous action items', '2. Release', '3. AOB']);
  // near miss: headings with no numbers under a list of contents stay the items the headings are, their list no items
  const plain = parse(text.replace(/## \d\. /g, '## ')).meeting!;
  assert.deepEqual(plain.items.map((i) => i.title), ['Previous action items', 'Release', 'AOB']);
});

test('a link\'s definition under the notes, and the heading over them, are no minutes\' text', () => {
  assert.equal(debrisKind('[1]: https://github.com/tiller/tiller/milestone/31'), 'link-reference');
  assert.equal(debrisKind('[governance]: <https://github.com/tiller/steering/blob/main/GOVERNANCE.md> "Governance"'), 'link-reference');
  // near miss: a footnote's text is the minutes'
  assert.equal(debrisKind('[1]: the figures were revised after the meeting'), undefined);
  const text = ['# Tiller Project Steering — 4 March 2026', '', '## 1. Release', '', '- Jonah: two blockers left.', '', '## 2. AOB', '', '- None.', '', '---', '',
    '**Links**', '', '[1]: https://github.com/tiller/tiller/milestone/31', '[2]: https://github.com/tiller/tiller/issues/512', ''].join('\n');
  assert.deepEqual(parse(text).meeting!.items.map((i) => i.title), ['Release', 'AOB']);
  // near miss: a heading over text after the last item is still an item of its own
  assert.deepEqual(parse(text.replace('[1]: https://github.com/tiller/tiller/milestone/31', 'The links were shared.')).meeting!.items.map((i) => i.title), ['Release', 'AOB', 'Links']);
});

test('a forge\'s wiki page frame is no minutes\' text', () => {
  for (const line of ['Jump to bottom', 'Toggle table of contents Pages 38', 'Clone this wiki locally', 'https://github.com/tiller-sailing/board.wiki.git', 'Footer', '© 2025 GitHub, Inc.', 'Footer navigation',
    'Terms Privacy Security Status Docs Contact Manage cookies', 'Code  Issues 4  Pull requests  Actions  Projects  Wiki  Security  Insights', 'Ada Okafor edited this page Mar 21, 2025 · 4 revisions',
    'tiller-sailing / board  Public', 'Show 12 more pages…']) assert.equal(debrisKind(line), 'wiki-chrome', line);
  // near misses: the minutes' own words
  for (const line of ['Code of conduct review', 'Footer of the website to be redesigned', 'Terms of reference were agreed', 'Ada Okafor edited this page of the handbook', 'Finance / budget Public']) assert.equal(debrisKind(line), undefined, line);
});

test('a scribe\'s plain-text minutes: `Topic:` lines are the items, the list of contents and the summaries between dashes are none', () => {
  const text = [
    '                 Wayfinding Community Group Teleconference', '', '14 March 2025', '',
    'Present: Ines_Moreau, Tariq_Baig, Sol_Reyes', 'Regrets: Hana', 'Chair: Ines_Moreau', 'Scribe: Tariq_Baig', '',
    'Contents', '  * Topics', '      1. Open actions', '      2. Issue #41: floor names', '  * Summary of Action Items', '  * Summary of Resolutions', '',
    'Topic: Open actions', '', 'Ines: action-9, Sol to ask the venue for floor plans', 'Sol: done', '<Ines> close action-9', '',
    'Topic: Issue #41: floor names', '', 'Sol: names must be strings', 'RESOLUTION: floor names are strings', 'ACTION: Tariq to update the schema for issue #41', '',
    '-- Summary of action items --', '[NEW] ACTION: Tariq to update the schema for issue #41', '', '-- Summary of resolutions --', '1. floor names are strings', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => i.title), ['Open actions', 'Issue #41: floor names']);
  assert.deepEqual(m.items.map((i) => i.actions.map((a) => `${a.owners.map((o) => o.text).join()}: ${a.text}`)), [[], ['Tariq: update the schema for issue #41']]);
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => d.text)), [[], ['floor names are strings']]);
  // near miss: the word in a speaker's line is no topic
  assert.deepEqual(parse(text.replace('Sol: done', 'Sol: done\nInes: next topic: Issue #41: floor names')).meeting!.items.map((i) => i.title), ['Open actions', 'Issue #41: floor names']);
});
