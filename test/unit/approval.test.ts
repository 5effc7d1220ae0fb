/**
 * The approval trail (issue 21 §3): Record Approval writes the approval and a fingerprint of the
 * approved text on the meeting's Status line; an approved meeting whose text changes afterwards
 * is flagged, naming the minute that changed; a change of the Status line alone, or of blank
 * lines and trailing spaces, is not a change of the record.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  analyzeText, approvalState, archiveReason, meetingStatus, normalisedMinutes, recordApproval, sha256Hex, shownFindings, withoutFingerprint, DEFAULT_SETTINGS,
  type TextEdit,
} from '#service';
import { TODAY } from '../support/util';

const URI = 'file:///board/2022-09-27.minutes';
const SEPT = readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'workspace', '2022-09-27.minutes'), 'utf8');
const APPROVAL = { date: '25/10/2022', minute: '083/22', signedBy: 'Simon Foster, Chair' };

function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  // edits applied from the last, so earlier positions stay true
  for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    const before = lines.slice(0, e.range.start.line).join('\n') + (e.range.start.line > 0 ? '\n' : '') + lines[e.range.start.line].slice(0, e.range.start.character);
    const after = lines[e.range.end.line].slice(e.range.end.character) + (e.range.end.line < lines.length - 1 ? '\n' : '') + lines.slice(e.range.end.line + 1).join('\n');
    lines.splice(0, lines.length, ...(before + e.newText + after).split('\n'));
  }
  return lines.join('\n');
}

function approve(text: string): string {
  const a = analyzeText(URI, 1, text, DEFAULT_SETTINGS, TODAY);
  const r = recordApproval(a.doc, a.lines, APPROVAL);
  assert.ok('edits' in r, 'error' in r ? r.error : '');
  return apply(text, r.edits);
}

const state = (text: string) => { const a = analyzeText(URI, 1, text, DEFAULT_SETTINGS, TODAY); return approvalState(a.doc, a.lines); };
const shownCodes = (text: string): string[] => {
  const a = analyzeText(URI, 1, text, DEFAULT_SETTINGS, TODAY);
  return shownFindings(a.findings, a.doc.meeting, URI, DEFAULT_SETTINGS).map((f) => f.code);
};

test('the fingerprint is SHA-256: the same digits as node:crypto for ASCII, accents, emoji and the block boundaries', () => {
  for (const s of ['', 'abc', 'Zoë Müller – 081/22 ✓ 🎉', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)]) {
    assert.equal(sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'), JSON.stringify(s.slice(0, 20)));
  }
});

test('Record Approval writes the approval after the Date: line: approving meeting, minute, who signed and the fingerprint of the text', () => {
  const approved = approve(SEPT);
  const lines = approved.split('\n');
  assert.equal(lines[1], 'Date: 27/09/2022');
  assert.match(lines[2], /^Status: Approved at the meeting of 25\/10\/2022, minute 083\/22, signed by Simon Foster, Chair\. Fingerprint sha256:[0-9a-f]{64} \(heading [0-9a-f]{6}; 077\/22 [0-9a-f]{6}; 078\/22 [0-9a-f]{6}; 079\/22 /);
  // every other line is as it was: recording an approval drops no word
  assert.equal(lines.filter((_, i) => i !== 2).join('\n'), SEPT);
  // the fingerprint is that of the normalised text, which anyone can recompute with sha256sum
  const hex = /sha256:([0-9a-f]{64})/.exec(lines[2])![1];
  assert.equal(hex, createHash('sha256').update(normalisedMinutes(SEPT.split('\n'))).digest('hex'));
  assert.equal(state(approved).kind, 'unchanged');
  const a = analyzeText(URI, 1, approved, DEFAULT_SETTINGS, TODAY);
  assert.equal(meetingStatus(a.doc.meeting), 'approved');
  assert.equal(withoutFingerprint(a.doc.meeting!.status!.value), 'Approved at the meeting of 25/10/2022, minute 083/22, signed by Simon Foster, Chair.');
  assert.ok(!shownCodes(approved).includes('minutes/approved-changed'));
  // the archive's lens quotes the approval's words, not 64 digits
  assert.equal(archiveReason(a.doc.meeting, URI, DEFAULT_SETTINGS), 'its header says "Status: Approved at the meeting of 25/10/2022, minute 083/22, signed by Simon Foster, Chair."');
});

test('a Status line already there is rewritten, not doubled, and recording again after a correction seals the new text', () => {
  const draft = SEPT.replace('Chair: Simon Foster\n', 'Chair: Simon Foster\nStatus: Draft\n');
  const approved = approve(draft);
  assert.equal(approved.split('\n').filter((l) => l.startsWith('Status:')).length, 1);
  assert.ok(!approved.includes('Status: Draft'));
  assert.equal(state(approved).kind, 'unchanged');
  const edited = approved.replace('The Board discussed the strategy.', 'The Board discussed and endorsed the strategy.');
  assert.equal(state(edited).kind, 'changed');
  assert.equal(state(approve(edited)).kind, 'unchanged');
});

test('a Status line with the clerk\'s own note keeps it: Record Approval drops no word', () => {
  const noted = SEPT.replace('Chair: Simon Foster\n', 'Chair: Simon Foster\nStatus: Agreed subject to the correction of 079/22\n');
  const approved = approve(noted);
  assert.match(approved, /^Status: Approved at the meeting of 25\/10\/2022, minute 083\/22, signed by Simon Foster, Chair\. Previously: Agreed subject to the correction of 079\/22\. Fingerprint sha256:/m);
  assert.equal(state(approved).kind, 'unchanged');
  // recorded again: the earlier recorded approval is replaced, the note kept once
  const again = approve(approved.replace('The Board discussed the strategy.', 'The Board discussed the strategy in full.'));
  assert.equal((again.match(/Previously: Agreed subject to the correction of 079\/22\./g) ?? []).length, 1);
  assert.equal(state(again).kind, 'unchanged');
});

test('a change to approved minutes is flagged on the Status line, naming the minute that changed and what to do', () => {
  const approved = approve(SEPT);
  const edited = approved.replace('Repeat callers were initially an issue.', 'Repeat callers were never an issue.');
  const a = analyzeText(URI, 1, edited, DEFAULT_SETTINGS, TODAY);
  const f = shownFindings(a.findings, a.doc.meeting, URI, DEFAULT_SETTINGS).filter((x) => x.code === 'minutes/approved-changed');
  assert.equal(f.length, 1, 'said on an approved meeting, which is an archive');
  assert.equal(f[0].range.start.line, 2);
  assert.match(f[0].message, /minute 079\/22 changed/);
  assert.doesNotMatch(f[0].message, /077\/22|078\/22|heading/);
  assert.match(f[0].message, /record any correction as a minute of the next meeting/);
  // the item that changed is pointed at
  assert.deepEqual(f[0].related?.map((r) => a.lines[r.range.start.line]), ['079/22 Access to Police Services']);
});

test('an item added, an item removed, and the attendance changed are each named', () => {
  const approved = approve(SEPT);
  const s1 = state(approved.replace('Cath Hannon : Board Member\n', ''));
  assert.ok(s1.kind === 'changed' && s1.changes.includes('the heading or attendance changed'), JSON.stringify(s1));
  const s2 = state(approved.replace('077/22 Apologies and PCC Update\nApologies were noted from the Chief Constable.\n', ''));
  assert.ok(s2.kind === 'changed' && s2.changes.includes('minute 077/22 was removed or renumbered'), JSON.stringify(s2));
  const s3 = state(`${approved.replace(/\n*$/, '')}\n\n090/22 Any Other Business\nNone.\n`);
  assert.ok(s3.kind === 'changed' && s3.changes.includes('minute 090/22 was added'), JSON.stringify(s3));
});

test('line endings, trailing spaces and blank lines at the end are not changes of the record; a digit of the fingerprint is', () => {
  const approved = approve(SEPT);
  assert.equal(state(approved.replace(/\n/g, '\r\n')).kind, 'unchanged');
  assert.equal(state(approved.replace('Apologies were noted from the Chief Constable.', 'Apologies were noted from the Chief Constable.   ') + '\n\n\n').kind, 'unchanged');
  const tampered = approved.replace(/sha256:([0-9a-f])/, (_m, d: string) => `sha256:${d === '0' ? '1' : '0'}`);
  assert.equal(state(tampered).kind, 'changed');
  const cut = approved.replace(/sha256:[0-9a-f]{64}/, 'sha256:abc');
  assert.equal(state(cut).kind, 'damaged');
  assert.ok(shownCodes(cut).includes('minutes/approved-changed'));
});

test('Record Approval refuses what it cannot write, saying what to type', () => {
  const a = analyzeText(URI, 1, SEPT, DEFAULT_SETTINGS, TODAY);
  const bad = (input: Partial<typeof APPROVAL>) => { const r = recordApproval(a.doc, a.lines, { ...APPROVAL, ...input }); return 'error' in r ? r.error : ''; };
  assert.match(bad({ date: 'next Tuesday' }), /type the date of the meeting that approved these minutes, for example 25\/10\/2022/);
  assert.match(bad({ date: '31/02/2022' }), /no day 31/);
  assert.match(bad({ minute: 'the usual one' }), /not a minute number/);
  assert.match(bad({ signedBy: '  ' }), /who signed the minutes/);
  const empty = analyzeText(URI, 1, '', DEFAULT_SETTINGS, TODAY);
  assert.ok('error' in recordApproval(empty.doc, empty.lines, APPROVAL));
});
