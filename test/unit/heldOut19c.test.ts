/**
 * What the blind set heldOut19 showed missed in an academy's local governing board and a charity
 * board's wiki page (documents 04 and 05): each construct in other boards' words, names and numbers,
 * with the near misses that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchStatusTagAt } from '#service/forms/statuses';
import { readDueCell } from '#service/forms/dueDates';

const reviewsOf = (text: string): string[] => (parse(text).meeting?.statusReviews ?? []).map((s) => `${s.ref} ${s.status} ${s.written}`);

test('a wiki\'s Silk status icons scraped as file names (`accept.png`, `time.png`, `cancel.png`) are read as its other icons are', () => {
  assert.equal(matchStatusTagAt('tick.png Done')?.status, 'done');
  assert.equal(matchStatusTagAt('accept.png Completed')?.status, 'done');
  assert.equal(matchStatusTagAt('cancel.gif Withdrawn')?.status, 'dropped');
  assert.equal(matchStatusTagAt('delete.png')?.status, 'dropped');
  assert.equal(matchStatusTagAt('clock.png')?.status, 'carried forward');
  assert.equal(matchStatusTagAt('time.png Ongoing')?.word.toLowerCase().endsWith('ongoing'), true);
  // near misses: the same words without an icon's extension, or another picture's name
  assert.equal(matchStatusTagAt('accept the report'), undefined);
  assert.equal(matchStatusTagAt('time to go'), undefined);
  assert.equal(matchStatusTagAt('photo.png Done'), undefined);
  assert.equal(matchStatusTagAt('accepted.png Done'), undefined);
});

const WIKI = [
  'Harbourside Youth Sailing Trust – Board of Trustees, Wednesday 4 February 2026',
  '',
  'Present: Nia Okafor (NO) (Chair); Tomas Reyes (TR); Beth Lindqvist (BL)',
  '',
  'Actions from previous meetings',
  '1. TR to renew the club\'s boat insurance.',
  'ACTION: TR accept.png Done – renewed 12 January',
  '2. NO and BL to write a safeguarding leaflet for parents.',
  'ACTION: NO time.png In progress',
  'ACTION: BL accept.png Done',
  '3. BL to book the RYA instructor course.',
  'ACTION: BL cancel.png Dropped – course withdrawn by the provider',
  '',
  'Any other business',
  'None.',
  '',
].join('\n');

test('a shared action reviewed on a line per owner is reviewed under its number, once per owner; a lone owner\'s line by its number too', () => {
  assert.deepEqual(reviewsOf(WIKI), ['1 done Done', '2 open In progress', '2 done Done', '3 dropped Dropped']);
  // near miss: owner lines under no numbered action keep the owner as the reference
  const loose = WIKI.replace('2. NO and BL to write a safeguarding leaflet for parents.\n', 'Safeguarding leaflet discussed.\n');
  assert.deepEqual(reviewsOf(loose).slice(1, 3), ['NO open In progress', 'BL done Done']);
});

test('the owners\' status lines are no new actions, so no alarm for an owner missing', () => {
  const m = parse(WIKI).meeting!;
  const all = [...(m.actions ?? []), ...m.items.flatMap((i) => i.actions)];
  assert.deepEqual(all.map((a) => a.text), []);
});

test('a due cell naming a school\'s training day, a meeting counted in its year, or a deadline by its name, is read as written', () => {
  const due = (cell: string): string | undefined => readDueCell(cell)?.text;
  assert.equal(due('January INSET'), 'January INSET');
  assert.equal(due('April INSET day'), 'April INSET day');
  assert.equal(due('first FGB 2026/27'), 'first FGB 2026/27');
  assert.equal(due('Last meeting of the year'), 'Last meeting of the year');
  assert.equal(due('the final committee'), 'the final committee');
  assert.equal(due('grant deadline (14 Mar)'), 'grant deadline (14 Mar)');
  assert.equal(due('Arts Council deadline'), 'Arts Council deadline');
  // near misses: a month alone stays a month; words that only begin alike, or say more after, are no due
  assert.equal(readDueCell('March')?.kind, 'month');
  assert.equal(due('first aid'), undefined);
  assert.equal(due('first class post to all parents'), undefined);
  assert.equal(due('the deadline was missed'), undefined);
  assert.equal(due('January INSET planning notes'), 'January');
});
