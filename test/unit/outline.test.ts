import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { documentSymbols, foldingRanges, workspaceSymbols, parse, type OutlineSymbol } from '#service';
import { MEETING, corpusText } from '../support/util';

const tree = (s: OutlineSymbol[], depth = 0): string[] => s.flatMap((x) => [`${'  '.repeat(depth)}${x.kind} ${x.name}`, ...tree(x.children.filter((c) => c.kind !== 'person'), depth + 1)]);

const TEXT = `${MEETING}
001/22 Apologies
None.

## Police and Crime Plan

081/22 Access to Police Services
Presented by: Andy Beard
ACTION: Publish the data. Owner: Andy Beard. Due: next meeting.
DECISION: The report was noted.

082/22 Fairness and Belonging
Text.
`;

test('outline: meeting → people → sections → items → actions and decisions', () => {
  assert.deepEqual(tree(documentSymbols(parse(TEXT))), [
    'meeting Strategic Policing and Crime Board',
    '  people Present',
    '  people Apologies',
    '  item 001/22 Apologies',
    '  section Police and Crime Plan',
    '    item 081/22 Access to Police Services',
    '      action Action 1: Publish the data.',
    '      decision Decision: The report was noted.',
    '    item 082/22 Fairness and Belonging',
  ]);
});

test('outline of a published file with its agenda', () => {
  const t = tree(documentSymbols(parse(corpusText('spcb-2023-12-19-with-2024-01-agenda.txt'))));
  assert.equal(t[0], 'agenda Agenda: STRATEGIC POLICING AND CRIME BOARD');
  assert.ok(t.includes('  section Police and Crime Plan'));
  assert.ok(t.includes('    item 119/23 Rebuilding Community Policing: Part One'));
});

test('folding: people blocks, sections and items, without trailing blank lines', () => {
  const folds = foldingRanges(parse(TEXT)).map((f) => `${f.startLine}-${f.endLine}`);
  const lines = TEXT.split('\n');
  const at = (s: string) => lines.indexOf(s);
  assert.ok(folds.includes(`${at('## Police and Crime Plan')}-${at('Text.')}`));
  assert.ok(folds.includes(`${at('081/22 Access to Police Services')}-${at('DECISION: The report was noted.')}`));
  assert.ok(folds.includes(`${at('Present:')}-${at('Craig Guildford : Chief Constable')}`));
});

test('workspace symbols: by number, by the start of a number, by words of the title', () => {
  const files = [['file:///a.minutes', parse(TEXT)], ['file:///b.minutes', parse(corpusText('spcb-2022-09-27.txt'))]] as const;
  assert.deepEqual(workspaceSymbols(files, '081/22').map((s) => `${s.uri} ${s.name}`), ['file:///a.minutes 081/22 Access to Police Services', 'file:///b.minutes 081/22 Access to Police Services']);
  assert.deepEqual(workspaceSymbols(files, 'fair bel').map((s) => s.name), ['082/22 Fairness and Belonging', '082/22 Fairness and Belonging']);
  assert.deepEqual(workspaceSymbols(files, '08').map((s) => s.name).filter((n) => n.startsWith('08')).length, 11);
  assert.equal(workspaceSymbols(files, 'violence').length, 2);
  assert.equal(workspaceSymbols(files, 'violence')[0].container, 'STRATEGIC POLICING AND CRIME BOARD, Tuesday 27 September 2022');
});
