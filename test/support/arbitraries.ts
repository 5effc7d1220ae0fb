/** fast-check arbitraries for minutes documents: built from the markup's own pieces, and mutations of real text. */
import fc from 'fast-check';
import { corpusText } from './util';

const PIECES = [
  '081/22 ', '81/22 ', '081/2022 ', '115/2 3 ', '119/2', '3', '1. ', 'Item 5 – ', 'Item: ', 'ACTION: ', 'Action – ', 'DECISION: ', 'AGREED: ',
  'Owner: ', 'Owners: ', 'Due: ', 'next meeting', '27/09/2022', '31/02/2023', 'Tuesday 27 September 2022', 'Present:', 'Apologies:', 'Attendees:',
  'In attendance:', 'Simon Foster', 'Andy BEARD', '(SF)', ' : ', '\t:\t', ' - ', 'Chief Constable', 'WMP', 'Presented by: ', 'This paper was presented by ',
  ' and the following points were discussed:', '(Asked by Cath Hannon)', '?', '.', '- ', '• ', '**', '<p>', '</p>', '<b>', '</b>', '<li>', '&amp;',
  '<sup>rd</sup>', '## ', '# ', 'Regular Items', 'see 057/20', '081/22-A1 DONE: ', '081/22-A2 CARRIED FORWARD', 'Next meeting: ', 'AGENDA',
  'The notes were agreed as a correct record.', 'Actions arising are highlighted in bold text.', 'words', 'of', 'the', 'meeting', '\u00e9', '\u05d0', '😀', '\ufeff', ' ', '\t',
];

const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((ps) => ps.join(''));
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** Documents assembled from the markup's pieces, with mixed line endings. */
export const pieceDocument = fc.array(fc.tuple(line, eol), { maxLength: 40 }).map((ls) => ls.map(([l, e]) => l + e).join(''));

const CORPUS = ['spcb-2020-01-21.txt', 'spcb-2022-09-27.txt', 'spcb-2023-12-19-with-2024-01-agenda.txt'].map(corpusText);

type Mutation = { kind: 'delete' | 'swap' | 'truncate' | 'insert' | 'bytes'; a: number; b: number; s: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'swap', 'truncate', 'insert', 'bytes'),
  a: fc.nat(), b: fc.nat(),
  s: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 })),
});

/** A corpus file with deleted, swapped and truncated lines, and random characters. */
export const mutatedCorpus = fc.tuple(fc.nat({ max: CORPUS.length - 1 }), fc.array(mutation, { maxLength: 12 })).map(([i, ms]) => {
  const lines = CORPUS[i].split('\n');
  for (const m of ms) {
    const x = m.a % lines.length;
    const y = m.b % lines.length;
    const l = lines[x] ?? '';
    switch (m.kind) {
      case 'delete': lines.splice(x, 1); break;
      case 'swap': [lines[x], lines[y]] = [lines[y], lines[x]]; break;
      case 'truncate': lines[x] = l.slice(0, m.b % (l.length + 1)); break;
      case 'insert': { const at = m.b % (l.length + 1); lines[x] = l.slice(0, at) + m.s + l.slice(at); break; }
      default: lines[x] = m.s + l;
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join('\n');
});

export const anyDocument = fc.oneof(pieceDocument, mutatedCorpus);
