/**
 * What no published output may do with the user's text (issue 17 §4): run as a spreadsheet
 * formula (CSV), become markup (every Markdown we write is escaped the same way), or show other
 * text than the minutes hold (bidi controls).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MEETING } from '../support/util';
import { formatDecisions } from '#service';
import { publishedOutputs } from '../support/publicOutputs';

const meeting = (item: string): string => `${MEETING}
081/22 Opening
${item}

089/22 Date of Next Meeting
Next meeting: 20/12/2022
`;

/** The cells of a CSV line (RFC 4180, quoted cells with doubled quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== '') { out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]); if (re.lastIndex >= line.length) break; }
  return out;
}

test('CSV cells that a spreadsheet would read as a formula start with a quote and are quoted (OWASP)', async () => {
  const formulas = ['=HYPERLINK("http://evil.example","Click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1,2)', '\u202E=1+1'];
  const text = meeting(formulas.map((f, i) => `ACTION: ${f}. Owner: Andy Beard. Due: 20/12/2022.\nDECISION: ${formulas[(i + 1) % formulas.length]}`).join('\n'));
  const out = await publishedOutputs(text, 'full', false);
  for (const csv of [out['actions.csv'], out['decisions.csv']]) {
    const rows = csv.split('\r\n').filter((l) => l).slice(1).map(cells);
    assert.equal(rows.length, formulas.length);
    for (const row of rows) {
      for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `a cell a spreadsheet runs: ${JSON.stringify(cell)} in ${csv}`);
    }
    for (const f of formulas) assert.ok(csv.includes(`"'${f.replace('\u202E', '').replace(/"/g, '""')}`), `${JSON.stringify(f)} kept, neutralised: ${csv}`);
  }
  // a tab or carriage return first (the minutes' lines are trimmed: a record as a client could hold it)
  const record = { text: '\tcmd', meetingDate: '2022-09-27', meetingTitle: 'Board', item: '\r081/22', itemTitle: 'Opening', uri: 'file:///m.minutes', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  assert.equal(formatDecisions([record], 'csv').split('\r\n')[1], '27/09/2022,"\'\r081/22",Opening,"\'\tcmd"');
});

test('the action log and decisions register in Markdown are escaped as the published minutes are: no HTML, no link', async () => {
  const hostile = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '[click](javascript:alert(1))', '| a | b |', '**bold** _em_ `code`'];
  const text = meeting(hostile.map((h) => `ACTION: Check ${h} now. Owner: Andy Beard. Due: 20/12/2022.\nDECISION: Agreed ${h} today.`).join('\n'));
  const out = await publishedOutputs(text, 'full', false);
  for (const name of ['actions.md', 'decisions.md', 'md']) {
    const md = out[name];
    assert.ok(!/(?<!\\)</.test(md), `${name}: an unescaped <: ${md}`);
    assert.ok(!/(?<!\\)\]\(/.test(md), `${name}: a link: ${md}`);
    assert.ok(md.includes('\\<img src=x onerror=alert(1)\\>'), `${name}: ${md}`);
    assert.ok(md.includes('\\[click\\](javascript:alert(1))'));
  }
  // the table keeps its columns: a | in a cell is escaped
  for (const line of out['actions.md'].split('\n').filter((l) => l.startsWith('| 081/22'))) assert.equal(line.split(/(?<!\\)\|/).length, 8, line);
});

test('no bidi control reaches a published output: the reader sees the text the minutes hold', async () => {
  const text = meeting('The \u202Eerutangis\u202C was checked by \u2067Andy\u2069 Beard.\u200F\nACTION: Send the \u202Dfile\u202C.\u200E Owner: Andy Beard. Due: 20/12/2022.\nDECISION: The \u202Atender\u202C is \u061Cagreed.')
    .replace('081/22 Opening', '081/22 Open\u202Eing');
  for (const version of ['public', 'full'] as const) {
    const out = await publishedOutputs(text, version);
    for (const [name, t] of Object.entries(out)) {
      assert.ok(!/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(t), `${version} ${name} holds a bidi control`);
      assert.ok(!/\\u202[a-e]|\\u206[6-9]/i.test(t), `${version} ${name} holds an escaped bidi control`);
    }
    assert.match(out.html, /The erutangis was checked by Andy Beard\./, 'the words kept');
    assert.match(out.docx, /Opening/);
    assert.match(out['actions.csv'], /Send the file\./);
  }
});
