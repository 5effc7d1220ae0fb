/** Questions (a line with `?`, not a presenter's) and who asked them (`Asked by`, `Cllr X asked`). */
import { matchAsker } from '../../constructs';
import type { QuestionBuilder } from '../builders';
import type { InlineRecogniser, Line } from './inline';
import { H_PAREN, H_QUESTION } from './keywords';

export function question(line: Line): boolean {
  const { body, state, seg, from } = line;
  const qEnd = body.lastIndexOf('?');
  if (qEnd > 0 && !line.presenter) {
    const qStart = body.search(/\S/);
    const q: QuestionBuilder = { text: body.slice(qStart, qEnd + 1), range: state.r(seg, from + qStart, from + qEnd + 1) };
    line.item.questions.push(q);
    line.question = q;
  }
  return false;
}

export function asker(line: Line): boolean {
  const a = matchAsker(line.body);
  if (!a) return false;
  const { state, seg, from, item } = line;
  const mention = { text: seg.text.slice(from + a.start, from + a.end), range: state.r(seg, from + a.start, from + a.end) };
  const last = item.questions[item.questions.length - 1];
  const target = line.question ?? (last && !last.asker ? last : undefined);
  if (target) target.asker = mention;
  else item.questions.push({ text: '', range: state.whole(seg), asker: mention });
  return false;
}

export const QUESTION: InlineRecogniser = { name: 'question', needs: H_QUESTION, run: question };
// gate: `matchAsker`'s bracket
export const ASKER: InlineRecogniser = { name: 'asker', needs: H_PAREN, run: asker };
