/**
 * A students' union council's minutes kept as Markdown (the fifteenth held-out set): its meetings known by
 * their codes (`SC5`, `SC6`), an action carried to a meeting so named, a due cell that names it. Lines in
 * other bodies' words.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readDueCell } from '#service/forms/dueDates';
import { readStatusColumn } from '#service/forms/statuses';
import { matchBodyNoted } from '#service/forms/decisions';
import { looksLikeBody, readQualifier } from '#service/forms/qualifiers';
import { parse } from '#service';

test('a meeting known by its code: an action carried to it keeps it in its words, a due cell that names it is that meeting', () => {
  const m = readStatusColumn('Carried to FGB4');
  assert.equal(m?.status, 'carried forward');
  assert.equal('Carried to FGB4'.slice(m!.start, m!.end), 'Carried to FGB4');
  assert.equal(readDueCell('GC12')?.kind, 'meeting');
  assert.equal(readDueCell('GC12')?.text, 'GC12');
  // near misses: a quarter is a term, a word no code, a reference with its year no meeting
  assert.equal(readDueCell('Q3')?.kind, 'term');
  assert.equal(readDueCell('Council'), undefined);
  assert.equal(readDueCell('SC5-02'), undefined);
  assert.equal('Deferred to AB12/3'.slice(0, readStatusColumn('Deferred to AB12/3')!.end), 'Deferred');
});

test('the body noting reports with its verb in bold, as a Markdown page marks it', () => {
  const text = 'Senate **noted** the committee reports.';
  const m = matchBodyNoted(text);
  assert.equal(m && text.slice(m.text.start, m.text.end), 'the committee reports');
  assert.equal(m && text.slice(m.keyword.start, m.keyword.end), 'Senate **noted**');
  // near miss: bold `noted that` is a point of the discussion
  assert.equal(matchBodyNoted('Senate **noted** that the reports were late.'), undefined);
});

test('a Markdown page titled by its body, its minutes and date under it: the title and date, the lists under bold labels, a seat `Rep` no body, `proxy:` and `from item on …` facts of the attendance', () => {
  const m = parse([
    '# Guild Council',
    '',
    '## Minutes of the third meeting of 2024–25, Wednesday 12 March 2025',
    '',
    '### Attendance',
    '',
    '**Present**',
    '',
    '- Ana Roe — Guild President',
    '- Ben Lee — School of Law Rep (from item on elections)',
    '',
    '**Apologies**',
    '',
    '- Cy Dunn — Postgraduate Officer (proxy: Ana Roe)',
    '',
    '### Minutes of GC2 (12 February 2025)',
    '',
    'The minutes were approved as an accurate record.',
    '',
    '### Elections',
    '',
    'Council **noted** the returning officer reports.',
    '',
  ].join('\n')).meeting!;
  assert.equal(m.title?.value, 'Guild Council');
  assert.equal(m.date?.iso, '2025-03-12');
  assert.deepEqual(m.items.map((i) => i.title), ['Minutes of GC2 (12 February 2025)', 'Elections']);
  // (the `Attendance` heading's own list is empty: its people are under the bold labels)
  assert.deepEqual(m.people.filter((b) => b.people.length > 0).map((b) => `${b.kind}: ${b.people.map((p) => `${p.name.display} | ${p.role ?? ''} | ${(p.qualifiers ?? []).map((q) => q.text).join(', ')}`).join('; ')}`), [
    'present: Ana Roe | Guild President | ; Ben Lee | School of Law Rep | from item on elections',
    'apologies: Cy Dunn | Postgraduate Officer | proxy: Ana Roe',
  ]);
  assert.equal(looksLikeBody('Faculty of Engineering Representative'), false);
  assert.equal(looksLikeBody('Faculty of Engineering'), true);
  assert.equal(readQualifier('proxy: Ana Roe')?.kind, 'note');
  assert.equal(readQualifier('from item on the budget')?.kind, 'from');
  // near miss: a proxy with no one named is no fact of the list
  assert.equal(readQualifier('proxy'), undefined);
});
