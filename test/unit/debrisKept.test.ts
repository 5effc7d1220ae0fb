/**
 * `debrisKeptAfterEdit`: a keystroke's re-parse keeps the debris of a published text without
 * reading the whole file again only where the edited line and its neighbours show that no pass of
 * `findDebris` reads anything else. Whenever it says so, the whole reading must agree; and it must
 * decline the edits that do change the debris (a page footer typed, the date line under a page
 * break, a bare page number, a line near the top).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { debrisKeptAfterEdit, findDebris } from '#service/forms/debris';
import { ROOT } from '../support/util';

const FOLDERS = ['layouts', 'otherFamilies', 'corpus', 'council', 'regressions'];

function documents(): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (const folder of FOLDERS) {
    const dir = join(ROOT, 'test', 'fixtures', folder);
    for (const f of readdirSync(dir)) if (/\.(txt|md|minutes)$/.test(f)) out.push([`${folder}/${f}`, readFileSync(join(dir, f), 'utf8').split(/\r\n|\r|\n/)]);
  }
  return out;
}

/** The edits a clerk's keystrokes and pastes make of line `l`: typing, deleting, debris typed in, a line pasted from elsewhere. */
function editsOf(lines: readonly string[], l: number, other: string): string[] {
  const line = lines[l];
  return [`${line} x`, line.slice(0, -1), `${line} Page 3`, other, '12', '', `${line}\f`, line.replace(/ /g, '  '), 'Signed ........ Chair', `${line} pdf icon PDF 198 KB`, line.slice(0, 90), 'Page 4 of 9'];
}

test('where it says the debris is kept, the whole reading agrees (every fixture with debris, every line, a dozen edits each)', () => {
  let kept = 0;
  let asked = 0;
  for (const [name, lines] of documents()) {
    const had = findDebris(lines);
    if (had.length === 0) continue;
    for (let l = 0; l < lines.length; l++) {
      const other = lines[(l * 7919) % lines.length];
      for (const e of editsOf(lines, l, other)) {
        const edited = lines.slice();
        edited[l] = e;
        asked++;
        if (!debrisKeptAfterEdit(had, lines, edited, l, l)) continue;
        kept++;
        assert.deepEqual(findDebris(edited), had, `${name}:${l + 1} ${JSON.stringify(lines[l])} → ${JSON.stringify(e)}`);
      }
    }
  }
  // the shortcut must actually be taken (a long paragraph edited): otherwise this test proves nothing
  assert.ok(kept > 100, `kept ${kept} of ${asked}`);
});

const PAGED = [
  'TRANSPORT COMMITTEE', '', ...Array.from({ length: 30 }, (_, k) => `${k + 1}. The committee considered the report of the Director on the scheme and the funding of item ${k + 1} in full detail.`),
  '', 'Page 1 of 3', '', 'Transport Committee – 14 March 2025', '',
  '31. The committee considered the report of the Director on the scheme and the funding of the next item in full detail.',
  '32. Another long paragraph of the minutes follows here, with enough words to be no running header of the pages at all.',
];

test('it declines an edit that makes or unmakes debris, or sits where the context reads it', () => {
  const had = findDebris(PAGED);
  const at = (text: string) => PAGED.indexOf(text);
  const edit = (l: number, text: string): boolean => {
    const edited = PAGED.slice();
    edited[l] = text;
    return debrisKeptAfterEdit(had, PAGED, edited, l, l);
  };
  const para = at('32. Another long paragraph of the minutes follows here, with enough words to be no running header of the pages at all.');
  assert.equal(edit(para, `${PAGED[para]} More.`), true, 'a word typed in a long paragraph');
  assert.equal(edit(para, 'Page 2 of 3'), false, 'a page footer typed');
  assert.equal(edit(para, '7'), false, 'a bare page number');
  assert.equal(edit(para, 'Short'), false, 'a short line, which may repeat as a running header');
  assert.equal(edit(at('Transport Committee – 14 March 2025'), 'Transport Committee – 15 March 2025'), false, 'the date line under a page break');
  assert.equal(edit(5, `${PAGED[5]} More.`), false, 'near the top, where an e-mail wrapper is looked for');
});

test('under a web page\'s `Back to top` an edit may make or unmake the site\'s footer: it is read whole (invented page)', () => {
  const page = [
    'Planning Committee', '', ...Array.from({ length: 30 }, (_, k) => `The committee considered application ${k + 1} and the officer's report on it in full, with the objections received.`),
    '', 'Back to top', '', 'Contact us', 'Privacy notice', '© Westmere Borough Council 2026',
  ];
  const had = findDebris(page);
  const footer = page.indexOf('Privacy notice');
  for (const text of ['The committee then resolved to refuse the application for the reasons in the report.', 'Privacy', '']) {
    const edited = page.slice();
    edited[footer] = text;
    assert.equal(debrisKeptAfterEdit(had, page, edited, footer, footer), false, text);
  }
});
