/**
 * A saved index part is read back only when every field has the shape the model declares: valid
 * JSON of another shape (`items: [null]`, a title that is a number) is refused, and whatever is
 * accepted can be used by every workspace feature without an exception. The shapes are fuzzed.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  parse, indexView, encodeView, decodeView, buildWorkspace, analyzeAcrossMeetings, workspaceSymbols, codeLenses,
  formatActions, formatDecisions, DEFAULT_SETTINGS, type MinutesDocument,
} from '#service';
import { CORPUS, MEETING, TODAY, ROOT } from '../support/util';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'workspace');
const texts = [
  `${MEETING}\n081/22 Estates\nPresented by: Andy Beard\nACTION: Survey the suites. Owner: SF. Due: 31/01/2023.\nDECISION: Agreed.\n080/22-A1 DONE: sent.\nSee 079/22.\n`,
  ...fs.readdirSync(FIXTURES).map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8')),
  ...fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8')),
];
const saved = texts.map((t) => JSON.stringify(encodeView(indexView(parse(t)))));

/** Every workspace feature that reads a view from the saved index, with an open meeting beside it. */
function useEverywhere(view: MinutesDocument): void {
  const open = indexView(parse(texts[0]));
  const files = [{ uri: 'file:///saved.minutes', doc: view }, { uri: 'file:///open.minutes', doc: open }];
  const model = buildWorkspace(files, TODAY);
  for (const f of files) {
    analyzeAcrossMeetings(model, f.uri, DEFAULT_SETTINGS);
    codeLenses(f.doc, f.uri, model);
  }
  workspaceSymbols(files.map((f) => [f.uri, f.doc] as const), '');
  workspaceSymbols(files.map((f) => [f.uri, f.doc] as const), 'a');
  formatActions(model.actions, 'md');
  formatActions(model.actions, 'csv');
  formatDecisions(model.decisions, 'md');
}

test('a part of the right JSON but the wrong shape is refused: null items, numbers for words, missing ranges', () => {
  const good = JSON.parse(saved[0]) as { meeting: { items: unknown[]; people: Array<{ people: unknown[] }>; title: unknown } };
  const variants: Array<(d: typeof good) => void> = [
    (d) => { d.meeting.items = [null]; },
    (d) => { d.meeting.items.push(42); },
    (d) => { (d.meeting.items[0] as Record<string, unknown>).actions = [null]; },
    (d) => { (d.meeting.items[0] as Record<string, unknown>).title = 7; },
    (d) => { delete (d.meeting.items[0] as Record<string, unknown>).range; },
    (d) => { (d.meeting.items[0] as Record<string, unknown>).range = [0, 0, -1, 2]; },
    (d) => { d.meeting.people[0].people = [{}]; },
    (d) => { d.meeting.title = { value: null, range: [0, 0, 0, 1] }; },
  ];
  for (const change of variants) {
    const d = JSON.parse(saved[0]) as typeof good;
    change(d);
    assert.equal(decodeView(d), undefined, JSON.stringify(d).slice(0, 120));
  }
  assert.ok(decodeView(good), 'the view itself is accepted');
});

/** A path to each value inside the data, objects and arrays included. */
function paths(v: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

test('fuzzed shapes: any value anywhere in a saved view is refused or used by every feature without an exception', () => {
  const cases = saved.map((s) => ({ text: s, paths: paths(JSON.parse(s)).filter((p) => p.length > 0) }));
  fc.assert(fc.property(
    fc.nat(cases.length - 1), fc.nat(), fc.oneof(fc.jsonValue(), fc.constant(undefined)), fc.boolean(),
    (which, where, value, remove) => {
      const c = cases[which];
      const data = JSON.parse(c.text) as Record<string, unknown>;
      const p = c.paths[where % c.paths.length];
      let parent: Record<string | number, unknown> = data;
      for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
      const last = p[p.length - 1];
      if (remove && !Array.isArray(parent)) delete parent[last];
      else parent[last] = value;
      const view = decodeView(data);
      if (view) useEverywhere(view);
    },
  ), { numRuns: 3000, seed: 17 });
});
