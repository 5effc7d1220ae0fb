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
