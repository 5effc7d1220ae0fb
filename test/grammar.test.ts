/**
 * The TextMate grammar, tokenised by the engine VS Code uses (vscode-textmate with
 * vscode-oniguruma), on the corpus and on canonical markup.
 */
import { test, before } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { ROOT, corpusText } from './support/util';

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => scope === 'text.minutes'
      ? vsctm.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes', 'minutes.tmLanguage.json'), 'utf8'), 'minutes.tmLanguage.json')
      : null,
  });
  const g = await registry.loadGrammar('text.minutes');
  assert.ok(g);
  grammar = g;
});

/** Tokenises the text and returns the scopes of the token that covers `needle` on the line containing `lineHint`. */
function scopesOf(text: string, lineHint: string, needle: string): string[] {
  let state = vsctm.INITIAL;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    if (!line.includes(lineHint)) continue;
    const at = line.indexOf(needle, line.indexOf(lineHint) >= 0 && lineHint.includes(needle) ? line.indexOf(lineHint) : 0);
    assert.ok(at >= 0, `"${needle}" on the line`);
    const tok = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex);
    assert.ok(tok);
    assert.equal(line.slice(tok.startIndex, tok.endIndex).includes(needle) || needle.includes(line.slice(tok.startIndex, tok.endIndex)), true, 'token covers the needle');
    return tok.scopes;
  }
  throw new Error(`no line with "${lineHint}"`);
}

function has(scopes: string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(`${scope}.`) || s.split(' ').includes(scope));
}

const CANONICAL = `# Strategic Policing and Crime Board
Date: 27/09/2022
Present:
Simon Foster (SF) : Police and Crime Commissioner

## Police and Crime Plan

081/22 Access to Police Services
Presented by: Andy Beard, Andy Parsons
ACTION: Publish the data. Owner: Chief Constable. Due: 25/10/2022.
DECISION: The report was noted, see 057/20.
Item: Finance update
`;

test('canonical markup: title, fields, people, sections, items, keywords, names, dates, references', () => {
  assert.ok(has(scopesOf(CANONICAL, '# Strategic', 'Strategic Policing'), 'markup.heading.title.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Date:', 'Date'), 'keyword.other.field.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Date:', '27/09/2022'), 'constant.numeric.date.minutes'));
  assert.ok(has(scopesOf('# Board\nStatus: Approved 24/10/2022\n', 'Status:', 'Status'), 'keyword.other.field.minutes'), 'the Status: line of an archive');
  assert.ok(has(scopesOf(CANONICAL, 'Present:', 'Present'), 'keyword.other.people.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Simon Foster', 'Simon Foster'), 'variable.other.person.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Simon Foster', 'SF'), 'constant.other.initials.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Simon Foster', 'Police and Crime Commissioner'), 'entity.other.attribute-name.role.minutes'));
  assert.ok(has(scopesOf(CANONICAL, '## Police', 'Police and Crime Plan'), 'markup.heading.section.minutes'));
  assert.ok(has(scopesOf(CANONICAL, '081/22', '081/22'), 'constant.numeric.minute-number.minutes'));
  assert.ok(has(scopesOf(CANONICAL, '081/22', 'Access to Police Services'), 'markup.heading.item.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Presented by:', 'Presented by'), 'keyword.other.presenter.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Presented by:', 'Andy Beard'), 'variable.other.person.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'ACTION:', 'ACTION'), 'keyword.control.action.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'ACTION:', 'Owner'), 'keyword.other.action-field.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'ACTION:', '25/10/2022'), 'constant.numeric.date.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'DECISION:', 'DECISION'), 'keyword.control.decision.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'DECISION:', '057/20'), 'constant.other.reference.minutes'));
  assert.ok(has(scopesOf(CANONICAL, 'Item: Finance', 'Item'), 'keyword.other.item.minutes'));
  assert.ok(!has(scopesOf(CANONICAL, 'ACTION:', 'Publish'), 'variable.other.person.minutes'), 'an action line is not a person line');
});

test('the corpus: item numbers (also split and in <p>), ACTION and Action, names, dates, bold, debris', () => {
  const y20 = corpusText('spcb-2020-01-21.txt');
  assert.ok(has(scopesOf(y20, '001/20', '001/20'), 'constant.numeric.minute-number.minutes'));
  assert.ok(has(scopesOf(y20, '<p>004/20</p>', '004/20'), 'constant.numeric.minute-number.minutes'));
  assert.ok(has(scopesOf(y20, 'Richard AGAR', 'Richard AGAR'), 'variable.other.person.minutes'));
  assert.ok(has(scopesOf(y20, 'Richard AGAR', 'Superintendent'), 'entity.other.attribute-name.role.minutes'));
  assert.ok(has(scopesOf(y20, '<p>ACTION', 'ACTION'), 'keyword.control.action.minutes'));
  assert.ok(has(scopesOf(y20, 'There is a meeting with the coroner', 'There is a meeting'), 'markup.bold.minutes'));
  assert.ok(has(scopesOf(y20, 'There is a meeting with the coroner', '27/01/2020'), 'constant.numeric.date.minutes'));
  assert.ok(has(scopesOf(y20, '(Asked by David Jamieson)', 'David Jamieson'), 'variable.other.person.minutes'));
  assert.ok(has(scopesOf(y20, 'Item 10c', '<p data-bbox'), 'comment.other.debris.minutes'));
  const y22 = corpusText('spcb-2022-09-27.txt');
  assert.ok(has(scopesOf(y22, '081/22 Item 5', '081/22'), 'constant.numeric.minute-number.minutes'));
  assert.ok(has(scopesOf(y22, 'Simon Foster\t:', 'Simon Foster'), 'variable.other.person.minutes'));
  assert.ok(has(scopesOf(y22, '<p>Action: The findings', 'Action'), 'keyword.control.action.minutes'));
  assert.ok(has(scopesOf(y22, 'Tuesday 27 September 2022 - 1000', 'Tuesday 27 September 2022'), 'constant.numeric.date.minutes'));
  assert.ok(has(scopesOf(y22, 'This paper was presented by Andy Beard', 'was presented by'), 'keyword.other.presenter.minutes'));
  assert.ok(has(scopesOf(y22, '---------------\t--', '-------'), 'comment.other.table-rule.minutes'));
  const y23 = corpusText('spcb-2023-12-19-with-2024-01-agenda.txt');
  assert.ok(has(scopesOf(y23, '<p>115/2 3</p>', '115/2 3'), 'constant.numeric.minute-number.minutes'));
  assert.ok(has(scopesOf(y23, 'WMP will pick up a discussion', 'WMP will pick up'), 'markup.bold.minutes'));
  assert.ok(has(scopesOf(y23, 'Tuesday 19<sup>th</sup> December 2023', 'Tuesday 19'), 'constant.numeric.date.minutes'));
});
