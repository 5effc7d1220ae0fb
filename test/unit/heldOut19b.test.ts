/**
 * What the blind set heldOut19 showed missed in an NHS integrated care board's public minutes
 * (document 03): each construct in other boards' words, names and numbers, with near misses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { matchHead } from '#service/numberSchemes';

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}

/** A trust board's public minutes in the family's table: `Ref⇥Minute⇥Action`, prefixed numbers, paragraphs. */
function trustBoard(rows: readonly string[]): string {
  return [
    'Fellbridge Community Health NHS Trust',
    'TRUST BOARD – MEETING IN PUBLIC',
    'MINUTES',
    'Date:\tThursday 14 May 2026',
    '',
    'Ref\tMinute\tAction',
    ...rows,
  ].join('\n');
}

test('a stray space after the year\'s slash is the extraction\'s: the number as the board numbers it, no warning', () => {
  const m = meetingOf(trustBoard([
    'TB/26/041\tWELCOME AND APOLOGIES',
    '041.1\tThe Chair welcomed members.',
    'TB/26/ 042\tQUALITY REPORT',
    '042.1\tThe Director of Nursing presented the report.',
    'TB/26/043\tANY OTHER BUSINESS',
    '043.1\tThere was none.',
  ]));
  assert.deepEqual(m.items.map((i) => i.number?.written), ['TB/26/041', 'TB/26/042', 'TB/26/043']);
  assert.deepEqual(m.items.map((i) => i.number?.malformed), [undefined, undefined, undefined]);
  // the head's range still covers the number as printed, space and all
  assert.equal(m.items[1].number!.range.end.character, 'TB/26/ 042'.length);
});

test('near misses: two spaces, or a space before the year, are no stray-space number', () => {
  assert.equal(matchHead('TB/26/  042\tQUALITY REPORT', 'prefixed'), undefined);
  assert.notEqual(matchHead('TB/ 26/042\tQUALITY REPORT', 'prefixed')?.written, 'TB/26/042');
  assert.equal(matchHead('QSC/2425/ 117 Quality Report', 'prefixed')?.written, 'QSC/2425/117');
});
