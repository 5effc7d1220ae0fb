/**
 * A motion's `… resolves` heading over numbered paragraphs (parse/content/motionResolves.ts): one
 * decision, the first paragraph its words, only when the vote line below says the motion passed.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { isResolvesHeading, motionFate, motionParagraphAt } from '#service/forms/motions';

const decisions = (text: string): string[] => (parse(text).meeting?.items ?? []).flatMap((i) => [...i.decisions, ...(i.subItems ?? []).flatMap((s) => s.decisions)]).map((d) => d.text);

const page = (motion: string): string => `# Guild Council\n\n## Reports\n\nThe reports were received.\n\n## Motions\n\n${motion}\n\n## Any other business\n\nNone.\n`;

test('a passed motion\'s `resolves` block is one decision, its first paragraph\'s words', () => {
  // a guild's motion, not quoted, its result in words
  const passed = page('### GC24/3 — Living Wage for Student Staff\n\nMoved: Asha Noor · Seconded: Piet de Vries\n\n**Guild Council notes**\n\n1. That student staff are paid £10.90.\n\n**Guild Council resolves:**\n\n1. To pay every student worker the Real Living Wage from August.\n2. To publish pay bands.\n\nThe motion was carried (20–3–2).\n\n### GC24/4 — Rename the bar\n\nThe motion fell.');
  assert.ok(decisions(passed).includes('To pay every student worker the Real Living Wage from August.'));
  assert.ok(!decisions(passed).some((d) => /student staff are paid|publish pay bands/.test(d)));
});

test('a motion that falls decides nothing, nor one whose fate is not written', () => {
  const fell = page('### M2 — Affiliate to the national union\n\n> **Conference resolves**\n> 1. To affiliate from next term.\n\nFor 8 · Against 14 — **motion falls.**');
  assert.ok(!decisions(fell).some((d) => /affiliate/i.test(d)));
  const unknown = page('### M2 — Affiliate to the national union\n\n> **Conference resolves**\n> 1. To affiliate from next term.\n\nDebate adjourned to the next meeting.');
  assert.ok(!decisions(unknown).some((d) => /affiliate/i.test(d)));
  // the next motion's result is not this one's
  const next = page('### M2 — Affiliate\n\n**Society resolves**\n\n1. To affiliate.\n\n### M3 — Socials\n\nMotion passed.');
  assert.ok(!decisions(next).some((d) => /affiliate/i.test(d)));
});

test('the heading, a paragraph and a fate, in other bodies\' words', () => {
  assert.equal(isResolvesHeading('> **Student Council resolves**'), true);
  assert.equal(isResolvesHeading('Annual General Meeting resolves:'), true);
  assert.equal(isResolvesHeading('The council resolves to write to the minister.'), false);
  assert.equal(isResolvesHeading('RESOLVED'), false);
  assert.equal(motionParagraphAt('> 2. To fund a pilot'), 5);
  assert.equal(motionParagraphAt('2026. A year'), -1);
  assert.equal(motionFate('**Vote:** For 12 · Against 0 · Abstain 1 — **motion passes.**'), 'carried');
  assert.equal(motionFate('The motion was defeated on a show of hands.'), 'lost');
  assert.equal(motionFate('The amendment fell (5–7–1).'), undefined);
});
