import { canonicalising, draftsOnly, defineRule, fixAll, type Finding } from './rule';
import { CANONICAL, BLOCK_LABELS } from '../markup';
import type { Variant } from '../model';
import type { Range } from '../types';

/** Widens a range over the bold markers around it (`**`, `<b>`, `<strong>`), so the fix removes them too. */
function overBoldMarkers(line: string, r: Range): Range {
  let s = r.start.character;
  let e = r.end.character;
  const before = /(?:\*\*|<(?:b|strong)>)\s*$/i.exec(line.slice(Math.max(0, s - 12), s));
  if (before) s -= before[0].length;
  const after = /^\s*(?:\*\*|<\/(?:b|strong)>)/i.exec(line.slice(e, e + 12));
  if (after) e += after[0].length;
  return { start: { line: r.start.line, character: s }, end: { line: r.end.line, character: e } };
}

function finding(code: string, v: Variant, lines: readonly string[]): Finding {
  switch (v.kind) {
    case 'action-keyword':
      return { code, range: v.range, message: `Write "${CANONICAL.action}" to start an action (found "${v.written}").`, fixes: [{ title: `Write ${CANONICAL.action}`, preferred: true, edits: [{ range: v.range, newText: `${CANONICAL.action} ` }] }] };
    case 'decision-keyword':
      return { code, range: v.range, message: `Write "${CANONICAL.decision}" to record a decision (found "${v.written}").`, fixes: [{ title: `Write ${CANONICAL.decision}`, preferred: true, edits: [{ range: v.range, newText: `${CANONICAL.decision} ` }] }] };
    case 'block-label': {
      const canonical = CANONICAL.blocks[v.block];
      return { code, range: v.range, message: `Write "${canonical}" to start the ${BLOCK_LABELS[v.block].toLowerCase()} list (found "${v.written}").`, fixes: [{ title: `Write ${canonical}`, preferred: true, edits: [{ range: v.range, newText: canonical }] }] };
    }
    case 'person-separator': {
      const p = v.person;
      const text = `${p.written}${p.initials ? ` (${p.initials})` : ''}${p.role ? `${CANONICAL.personSeparator}${p.role}` : ''}`;
      return { code, range: v.range, message: `Write a person as "Name${CANONICAL.personSeparator}Role" (found "${v.written.replace(/\t/g, '⇥')}").`, fixes: [{ title: `Write "${text}"`, preferred: true, edits: [{ range: v.range, newText: text }] }] };
    }
    case 'presenter-sentence': {
      const p = v.presenter;
      const names = p.names.map((n) => n.text).join(', ');
      const tail = p.tail ? `\n${p.tail.value.charAt(0).toUpperCase()}${p.tail.value.slice(1)}` : '';
      return { code, range: p.leadRange, message: `Presenters can be written "${CANONICAL.presentedBy} ${names}".`, fixes: [{ title: `Write "${CANONICAL.presentedBy} ${names}"`, edits: [{ range: v.range, newText: `${CANONICAL.presentedBy} ${names}${tail}` }] }] };
    }
    case 'bold-action': {
      const range = overBoldMarkers(lines[v.range.start.line] ?? '', v.range);
      return { code, range: v.range, message: `This bold paragraph is an action. Write it as "${CANONICAL.action} …" so that it has an owner and a due date.`, fixes: [{ title: `Write as ${CANONICAL.action}`, edits: [{ range, newText: `${CANONICAL.action} ${v.text}` }] }] };
    }
  }
}

// A variant reads only its own line; a re-parse of one item keeps the other variants' objects.
const found = new WeakMap<Variant, Finding>();

export const nonCanonical = fixAll((n) => `Rewrite all ${n} variants in the canonical form`, canonicalising(draftsOnly(defineRule('non-canonical', 'hint', 'A construct written in a recognised variant form, with a fix to the canonical form.', (ctx, code) =>
  ctx.doc.variants.map((v) => {
    let f = found.get(v);
    if (!f) { f = finding(code, v, ctx.lines); found.set(v, f); }
    return f;
  })))));
