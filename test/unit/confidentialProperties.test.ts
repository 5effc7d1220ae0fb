/**
 * Property: however a mark of confidential business is written (keyword, case, spacing,
 * punctuation, bracket, invisible characters, reason of any length, where it stands), no word of
 * the item (title, text, action, decision) reaches any public output: the minutes as HTML, Word,
 * Markdown and the preview, the action log and the decisions register in every format. And every
 * mark not written as documented is reported before publishing. `npm run fuzz` runs it with new seeds.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, findings, report } from '../support/util';
import { meetingWith, outputsWith, publishedOutputs, SECRET_WORDS } from '../support/publicOutputs';

const RUNS = Number(process.env.MINUTES_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.MINUTES_FUZZ_SEED ?? 20261201);

const KEYWORDS = ['confidential', 'private', 'exempt', 'restricted', 'closed session', 'part 2', 'part II', 'part two', 'in camera', 'not for publication', 'confidentiality', 'reserved business', 'reserved minute'];
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF', '\u202E', '\u2066', '\u2069', '\u180E', '\u034F'];
const BRACKETS: Array<[string, string]> = [['[', ']'], ['(', ')'], ['{', '}'], ['［', '］'], ['（', '）'], ['【', '】'], ['[', '']];
const SPACES = ['', ' ', '  ', '\t', ' \u00A0'];
const FILLERS = ['', 'item', 'business', 'paragraph 3', 'Schedule 12A', 'report', 'matter', 'session'];
const REASON_WORDS = ['paragraph', '3', 'of', 'Schedule', '12A', 'Local', 'Government', 'Act', '1972', 'commercial', 'interests'];

/** The keyword written any way: case per letter, spaces or punctuation between its words, invisible characters inside. */
const keyword = fc.tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...INVISIBLES)), { maxLength: 3 }), fc.constantFrom(' ', '-', '_', '.', '  '))
  .map(([k, cases, invisibles, sep]) => {
    let w = [...k.replace(/ /g, sep)].map((c, i) => (cases[i] ? c.toUpperCase() : c)).join('');
    for (const [at, ch] of invisibles) { const i = at % (w.length + 1); w = w.slice(0, i) + ch + w.slice(i); }
    return w;
  });

const reason = fc.oneof(fc.constant(''), fc.array(fc.constantFrom(...REASON_WORDS), { minLength: 1, maxLength: 80 }).map((ws) => ws.join(' ')));

/** The marker inside its brackets: the keyword, a filler word, a separator and a reason. */
const marker = fc.tuple(fc.constantFrom(...BRACKETS), fc.constantFrom(...SPACES), keyword, fc.constantFrom(...FILLERS), fc.constantFrom('', ':', ' -', ' –', ' ', '/', ' :'), reason, fc.constantFrom(...SPACES))
  .map(([[open, close], s1, k, filler, sep, why, s2]) => `${open}${s1}${k}${filler ? ` ${filler}` : ''}${why ? `${sep} ${why}` : ''}${s2}${close}`);

/** Where the mark stands. */
const head = fc.tuple(marker, keyword, fc.integer({ min: 0, max: 5 })).map(([m, k, where]) => {
  switch (where) {
    case 0: return `088/22 ${m} Quillfeather Tender`;
    case 1: return `088/22 Quillfeather Tender ${m}`;
    case 2: return `088/22 Quillfeather Tender\n${m}`;
    case 3: return `${m} 088/22 Quillfeather Tender`;
    case 4: return `088/22 ${k.toUpperCase()} – Quillfeather Tender`;
    default: return `## ${k} items\n\n088/22 Quillfeather Tender`;
  }
});

test('no generated mark of confidential business lets a word of its item reach a public output, and each is either documented or reported', async () => {
  let i = 0;
  await fc.assert(fc.asyncProperty(head, async (h) => {
    const text = meetingWith(h);
    // Word output is the slowest: every fifth run
    const pub = await publishedOutputs(text, 'public', i++ % 5 === 0);
    for (const w of SECRET_WORDS) {
      const where = outputsWith(pub, w);
      if (where.length) assert.fail(`"${w}" reached the public ${where.join(', ')} with the head ${JSON.stringify(h)}`);
    }
    const DOCUMENTED = /^088\/22 \[(confidential|private|exempt)(\s*[:\-–—]\s*[^\]\n]+)?\]/i;
    if (DOCUMENTED.test(h)) return;
    // the documented mark with invisible characters inside: read as the mark it looks like, and
    // reported by the invisible-character rule, whose fix leaves the documented mark (and no warning)
    const visible = h.replace(new RegExp(`[${INVISIBLES.join('')}]`, 'g'), '');
    if (DOCUMENTED.test(visible)) {
      const hidden = findings(text, 'invisible-character');
      assert.ok(hidden.length > 0, `no invisible-character warning for ${JSON.stringify(h)}`);
      const edits = [...new Map(hidden.flatMap((f) => f.fixes[0].edits).map((e) => [JSON.stringify(e.range), e])).values()];
      const after = applyEdits(text, edits);
      assert.equal(after.split('\n').find((l) => l.includes('Quillfeather')), visible.split('\n')[0], `the fix of ${JSON.stringify(h)}`);
      assert.deepEqual(findings(after, 'confidential-marker'), [], `warned after removing the invisible characters of ${JSON.stringify(h)}`);
      return;
    }
    const found = findings(text, 'confidential-marker');
    assert.ok(found.length > 0, `no warning for ${JSON.stringify(h)}`);
    // the fix writes the mark as documented: every letter kept, the item still withheld, no warning left
    for (const fix of found.flatMap((f) => f.fixes)) {
      const after = applyEdits(text, fix.edits);
      const letters = (t: string): string => [...t.normalize('NFKC').toLowerCase()].filter((c) => /\p{L}/u.test(c)).sort().join('');
      const lost = [...letters(text)].length - [...letters(after)].length;
      assert.ok(lost <= 0 || letters(after).length >= letters(text).length, `"${fix.title}" lost letters: ${JSON.stringify(after.split('\n').find((l) => l.includes('Quillfeather')))}`);
      for (const ch of new Set(letters(text))) assert.ok(letters(after).split(ch).length >= letters(text).split(ch).length, `"${fix.title}" lost "${ch}" in ${JSON.stringify(h)}`);
      assert.deepEqual(findings(after, 'confidential-marker'), [], `still warned after "${fix.title}": ${JSON.stringify(after.split('\n').find((l) => l.includes('Quillfeather')))}`);
      const fixedOut = await publishedOutputs(after, 'public', false);
      for (const w of SECRET_WORDS) assert.deepEqual(outputsWith(fixedOut, w), [], `"${w}" published after "${fix.title}"`);
    }
  }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  report('confidential marks tried', RUNS);
});
