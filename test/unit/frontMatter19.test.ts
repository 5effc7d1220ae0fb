/**
 * Static-site minutes (layouts README, open-source steering notes; heldOut12/05's family): the
 * attendance kept as data in the page's YAML front matter (Jekyll, Hugo, MkDocs), owners written as
 * the handles that data gives, a closing action table due by a release, decisions with the vote in
 * the keyword's brackets, and the earlier actions grouped under bold status lines with an icon.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, resolveMention } from '#service';
import { frontListKind, frontPerson, readFrontMatter } from '#service/forms/frontMatter';
import { readDueCell } from '#service/forms/dueDates';
import { matchDecision } from '#service/forms/decisions';
import { dashedRef, matchStatusHeading } from '#service/forms/statuses';

test('the front matter\'s keys, lists and values, every span exact in its line', () => {
  const lines = [
    '---',
    'title: "Board — 2 May"',
    'tags: [board, minutes]',
    'members:',
    '  - name: Ana Roe   # the chair',
    '    role: \'Chair\'',
    '    github: "@aroe"',
    '  - Ben Lee',
    'absent:',
    '- name: Cy Dunn',
    '  note: travelling',
    '---',
  ];
  const keys = readFrontMatter(lines, 1, 11);
  assert.deepEqual(keys.map((k) => k.key.text), ['title', 'tags', 'members', 'absent']);
  const at = (v: { line: number; start: number; end: number; text: string } | undefined): string | undefined => {
    if (!v) return undefined;
    assert.equal(lines[v.line].slice(v.start, v.end), v.text, 'the span is the text');
    return v.text;
  };
  assert.equal(at(keys[0].value), 'Board — 2 May');
  assert.deepEqual(keys[1].entries.map((e) => at(e.value)), ['board', 'minutes']);
  const [ana, ben] = keys[2].entries.map(frontPerson);
  assert.deepEqual([at(ana!.name), at(ana!.role), at(ana!.handle)], ['Ana Roe', 'Chair', 'aroe']);
  assert.equal(at(ben!.name), 'Ben Lee');
  const cy = frontPerson(keys[3].entries[0])!;
  assert.deepEqual([at(cy.name), cy.notes.map(at)], ['Cy Dunn', ['travelling']]);
  assert.deepEqual(['members', 'guests', 'regrets', 'absent', 'notes_by', 'tags'].map(frontListKind), ['present', 'inAttendance', 'apologies', 'absent', undefined, undefined]);
});

test('the reader never throws and passes over what it cannot read', () => {
  const odd = ['---', 'a: |', '  block text', 'b:', '  nested: 1', '  - : x', 'c: [unclosed', '- orphan', '"quoted": 1', 'd: "open', '---'];
  assert.doesNotThrow(() => readFrontMatter(odd, 0, odd.length));
  assert.doesNotThrow(() => readFrontMatter(odd, -5, 999));
  const keys = readFrontMatter(odd, 1, odd.length - 1);
  assert.equal(keys.find((k) => k.key.text === 'a')?.value, undefined, 'a block scalar is not read');
  assert.equal(keys.find((k) => k.key.text === 'd')?.value, undefined, 'an unclosed quote is not read');
  for (let n = 0; n < 200; n++) {
    const rnd = Array.from({ length: 8 }, () => Array.from({ length: 12 }, () => ' -:#"\'[],a\t'[Math.floor(Math.random() * 11)]).join(''));
    assert.doesNotThrow(() => readFrontMatter(rnd, 0, rnd.length));
  }
});

const PAGE = [
  '---',
  'title: "Parser working group — 2 May 2026"',
  'chair: Ana Roe',
  'attendees:',
  '  - name: Ana Roe',
  '    github: aroe',
  '    role: WG chair',
  '  - name: Ben Lee',
  '    github: blee',
  '    note: from item 2',
  'observers:',
  '  - name: Cy Dunn',
  '    github: cdunn',
  'regrets:',
  '  - name: Di Hart',
  '---',
  '',
  '# Parser working group — 2 May 2026',
  '',
  '## 1. Earlier actions',
  '',
  '**✅ Done**',
  '',
  '- P-26-01 — @aroe — tag the 2.0 branch',
  '',
  '**⏭️ Moved to the June meeting**',
  '',
  '- P-26-02 — @blee — write the migration guide',
  '',
  '## 2. Release',
  '',
  '> **Resolved (3–0):** that the 2.1 release ships in June.',
  '',
  '## Actions',
  '',
  '| ID | Action | Owner | Due |',
  '|----|--------|-------|-----|',
  '| P-26-03 | Cut the release branch | @aroe, @blee | 2.1 RC1 |',
];

test('a page\'s front matter is its attendance; the handles it gives resolve the owners', () => {
  const lines = PAGE;
  const m = parse(`${lines.join('\n')}\n`).meeting!;
  assert.deepEqual(m.people.map((b) => [b.kind, b.label, b.people.map((p) => [p.name.display, p.role, p.handle, p.qualifiers?.map((q) => q.text)])]), [
    ['present', 'attendees', [['Ana Roe', 'WG chair', 'aroe', undefined], ['Ben Lee', undefined, 'blee', ['from item 2']]]],
    ['inAttendance', 'observers', [['Cy Dunn', undefined, 'cdunn', ['observer']]]],
    ['apologies', 'regrets', [['Di Hart', undefined, undefined, undefined]]],
  ]);
  // (`chair: Ana Roe` repeats the list: no person of its own)
  assert.equal(m.people.flatMap((b) => b.people).length, 4);
  for (const p of m.people.flatMap((b) => b.people)) assert.equal(lines[p.nameRange.start.line].slice(p.nameRange.start.character, p.nameRange.end.character), p.name.display);
  const actions = m.actions ?? [];
  assert.equal(actions.length, 1);
  assert.deepEqual(actions[0].owners.map((o) => resolveMention(o.text, m)).map((r) => r.kind === 'person' ? r.person?.name.display : r.kind), ['Ana Roe', 'Ben Lee']);
  assert.equal(actions[0].due?.text, '2.1 RC1');
  assert.deepEqual(m.items[1].decisions.map((d) => d.text), ['that the 2.1 release ships in June.']);
  assert.deepEqual((m.statusReviews ?? []).map((s) => [s.ref, s.status, s.written]), [['P-26-01', 'done', 'Done'], ['P-26-02', 'carried forward', 'Moved to the June meeting']]);
});

test('a front matter without a list is left as before; a list-less page reads no one from it', () => {
  const m = parse('---\ntitle: "Sync"\ndate: 2026-05-02\n---\n\n# Sync — 2 May 2026\n\n## 1. Notes\n\nNothing to report.\n').meeting!;
  assert.equal(m.people.length, 0);
});

test('a release in a due cell; the vote in a keyword\'s brackets; an icon before a status; a dashed tracker number', () => {
  assert.deepEqual(['4.0 RC1', 'v2.3', 'the 1.0 release', '3.2 beta2'].map((c) => readDueCell(c)?.text), ['4.0 RC1', 'v2.3', 'the 1.0 release', '3.2 beta2']);
  assert.deepEqual(['4.0', 'RC1 soon'].map((c) => readDueCell(c)), [undefined, undefined]);
  const d = 'Agreed (4–1): to adopt the RFC.';
  const f = matchDecision(d)!;
  assert.equal(d.slice(f.text!.start, f.text!.end), 'to adopt the RFC.');
  const h = '🔄 Still open';
  const mark = matchStatusHeading(h)!;
  assert.equal(h.slice(mark.start, mark.end), 'Still open');
  assert.equal(matchStatusHeading('🔄 Review the figures.'), undefined);
  assert.equal(dashedRef('A-26-24 — @aroe — publish the roadmap')?.[1], 'A-26-24');
  assert.equal(dashedRef('12 – a list of our own'), undefined);
});
