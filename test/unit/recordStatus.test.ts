/**
 * Draft minutes are published marked DRAFT and approved ones with their approval (issue 21 §3), in
 * every output: the HTML, Word and Markdown exports, the preview (the HTML body) and the website,
 * in one wording (publish/recordStatus.ts), from the meeting's `Status:` line; the fingerprint's
 * digits are never printed, and a meeting without a Status line is published as before.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeText, exportMeeting, htmlBody, renderMeeting, DEFAULT_PUBLISH, DEFAULT_SETTINGS, type PublishVersion } from '#service';
import { docxBodyText, siteOf } from '../support/publicOutputs';
import { ROOT, TODAY } from '../support/util';

const NOVEMBER = readFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), 'utf8');
const withStatus = (status: string): string => NOVEMBER.replace('Date: 22/11/2022\n', `Date: 22/11/2022\nStatus: ${status}\n`);
const APPROVED = 'Approved at the meeting of 20/12/2022, minute 095/22, signed by Simon Foster, Chair.';
const FINGERPRINT = `Fingerprint sha256:${'3b0c'.repeat(16)} (heading 9a1f04; 086/22 c2e5d1)`;

/** The minutes as each output shows them: HTML, Markdown and Word exports, the preview's body. */
async function outputs(text: string, version: PublishVersion = 'public'): Promise<Record<string, string>> {
  const a = analyzeText('file:///board/2022-11-22.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const options = { ...DEFAULT_PUBLISH, version };
  const out: Record<string, string> = {};
  for (const to of ['html', 'md', 'docx'] as const) {
    const r = await exportMeeting(a.doc, a.lines, to, options);
    assert.ok('bytes' in r);
    out[to] = to === 'docx' ? docxBodyText(r.bytes) : new TextDecoder().decode(r.bytes);
  }
  out.preview = htmlBody(renderMeeting(a.doc, a.lines, options)!);
  return out;
}

const count = (s: string, word: string): number => s.split(word).length - 1;

test('draft minutes are marked DRAFT in the exports and the preview, once, under the heading', async () => {
  for (const version of ['public', 'full'] as const) {
    for (const [name, text] of Object.entries(await outputs(withStatus('Draft'), version))) {
      assert.equal(count(text, 'DRAFT – not yet approved: these minutes may change.'), 1, `${name} (${version})`);
      // under the title and the date, before the attendance
      assert.ok(text.indexOf('DRAFT') > text.indexOf('Lloyd House') && text.indexOf('DRAFT') < text.indexOf('Present'), `${name}: where`);
    }
  }
  // what the Status line says of the draft is said too
  for (const [name, text] of Object.entries(await outputs(withStatus('Draft – for approval at the meeting of 20/12/2022')))) {
    assert.match(text, /DRAFT – for approval at the meeting of 20\/12\/2022: these minutes may change\./, name);
  }
  // marked so that it stands out: bold in Markdown, the draft class in HTML
  const o = await outputs(withStatus('Draft'));
  assert.match(o.md, /^\*\*DRAFT – not yet approved: these minutes may change\.\*\*$/m);
  assert.match(o.html, /<p class="record-status record-draft">DRAFT – /);
});

test('approved minutes carry their approval, without the fingerprint\'s digits', async () => {
  for (const [name, text] of Object.entries(await outputs(withStatus(`${APPROVED} ${FINGERPRINT}`)))) {
    assert.equal(count(text, APPROVED), 1, name);
    assert.doesNotMatch(text, /DRAFT|sha256|3b0c3b0c|9a1f04/, name);
  }
  for (const [name, text] of Object.entries(await outputs(withStatus('Published on the board\'s website')))) assert.match(text, /Published on the board(?:'|&#39;|\\')s website\./, name);
});

test('minutes without a Status line are published without a status', async () => {
  for (const [name, text] of Object.entries(await outputs(NOVEMBER))) assert.doesNotMatch(text, /DRAFT|Approved|class="record-status/, name);
});

test('what the Status line says is escaped like the rest of the minutes', async () => {
  const o = await outputs(withStatus('Draft <script>alert(1)</script> *bold*'));
  assert.ok(!o.html.includes('<script>alert') && o.html.includes('&#60;script&#62;alert(1)'));
  assert.ok(!o.preview.includes('<script>alert'));
  assert.match(o.md, /\\<script\\>alert\(1\)\\<\/script\\> \\\*bold\\\*/);
});

test('the website marks a draft once, in its banner, in the same words', () => {
  const site = siteOf({ '2022-11-22.minutes': withStatus('Draft') });
  const page = Object.entries(site).find(([p]) => p.startsWith('meetings/'))![1];
  assert.equal(count(page, 'DRAFT – not yet approved: these minutes may change.'), 1);
  assert.doesNotMatch(page, /class="record-status/);
});

/** The decision notice as each of its outputs shows it (HTML, Markdown, Word). */
async function notices(text: string): Promise<Record<string, string>> {
  const a = analyzeText('file:///board/2022-11-22.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const out: Record<string, string> = {};
  for (const to of ['notice-html', 'notice-md', 'notice-docx'] as const) {
    const r = await exportMeeting(a.doc, a.lines, to, { ...DEFAULT_PUBLISH, version: 'public' });
    assert.ok('bytes' in r, to);
    out[to] = to === 'notice-docx' ? docxBodyText(r.bytes) : new TextDecoder().decode(r.bytes);
  }
  return out;
}

test('the decision notice of draft minutes is marked DRAFT as they are, once, under its heading; approved, it carries the approval', async () => {
  for (const [name, text] of Object.entries(await notices(withStatus('Draft')))) {
    assert.equal(count(text, 'DRAFT – not yet approved: these minutes may change.'), 1, name);
    assert.ok(text.indexOf('DRAFT') > text.indexOf('Lloyd House') && text.indexOf('DRAFT') < text.indexOf('Apologies'), `${name}: where`);
  }
  const o = await notices(withStatus('Draft'));
  assert.match(o['notice-md'], /^\*\*DRAFT – not yet approved: these minutes may change\.\*\*$/m);
  assert.match(o['notice-html'], /<p class="record-status record-draft">DRAFT – /);
  for (const [name, text] of Object.entries(await notices(withStatus(`${APPROVED} ${FINGERPRINT}`)))) {
    assert.equal(count(text, APPROVED), 1, name);
    assert.doesNotMatch(text, /DRAFT|sha256/, name);
  }
  for (const [name, text] of Object.entries(await notices(NOVEMBER))) assert.doesNotMatch(text, /DRAFT|Approved|class="record-status/, name);
});
