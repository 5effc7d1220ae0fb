/** Hover: the range the editor underlines, then the card the clerk reads (Markdown as shown). */
import { test } from 'node:test';
import { hover } from '#service';
import { annotate, check, cursorOf, fixture, shownMarkdown } from '../../support/fixture';
import { JULY, MEETING_DAY, SEPTEMBER } from '../../support/boardFixture';

function hovered(source: string, settings?: unknown): string {
  const f = fixture(source, { today: MEETING_DAY, settings });
  const { line, character } = cursorOf(f);
  const h = hover(f.main.analysis.doc, line, character, f.main.uri, f.model, f.settings.dateOrder);
  return h ? `${annotate(f, [{ range: h.range, label: 'hover' }])}\n\n${shownMarkdown(h.markdown)}` : '';
}

test("on a minute number: the item's title, meeting and presenter", () => {
  check(hovered(`${JULY}${SEPTEMBER}
08$01/22 Budget
Presented by: Mark Kenyon
ACTION: Publish the budget. Owner: Vanessa Jardine. Due: next meeting.
`), `
    081/22 Budget
    ^^^^^^ hover

    **081/22 Budget**

    Strategic Policing and Crime Board, 27/09/2022

    Presented by Mark Kenyon

    - \`081/22-A1\` Publish the budget. — Vanessa Jardine, due next meeting, **open**

    Present and eligible to vote (3): Simon Foster, Vanessa Jardine, Mark Kenyon
  `);
});

test("on an action's status line: the action, its owner, due date, status and history", () => {
  check(hovered(`${JULY}${SEPTEMBER}
081/22 Matters Arising
075/22-A$01 CARRIED FORWARD: fuel costs still being collected.
`), `
    075/22-A1 CARRIED FORWARD: fuel costs still being collected.
    ^^^^^^^^^ hover

    **Action \`075/22-A1\`** (Strategic Policing and Crime Board, 26/07/2022)

    - \`075/22-A1\` Report on fuel costs. — Mark Kenyon, due 27/09/2022, **carried forward**

    History:
    - 27/09/2022: carried forward — fuel costs still being collected.
  `);
});

test("on a name: the person's role, attendance and open actions", () => {
  check(hovered(`${JULY}${SEPTEMBER}
081/22 Matters Arising
075/22-A1 CARRIED FORWARD: fuel costs still being collected.

082/22 Budget
Presented by: Mark K$0enyon
`), `
    Presented by: Mark Kenyon
                  ^^^^^^^^^^^ hover

    **Mark Kenyon** — Chief Finance Officer

    Present at this meeting (27/09/2022)

    Open actions (1):
    - \`075/22-A1\` Report on fuel costs. — Mark Kenyon, due 27/09/2022, **carried forward**
  `);
});

test('on plain words: no hover', () => {
  check(hovered(`${JULY}${SEPTEMBER}
081/22 Budget
The Board disc$0ussed the budget.
`), '');
});

test("a clerk who writes dates month first reads the card's dates month first", () => {
  check(hovered(`//- 2022-07-26.minutes
# Strategic Policing and Crime Board
Date: 07/26/2022

075/22 Finance and Budget Update
ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 09/27/2022.

//- 2022-09-27.minutes
# Strategic Policing and Crime Board
Date: 09/27/2022

081/22 Matters Arising
075/22-A$01 CARRIED FORWARD: fuel costs still being collected.
`, { dateOrder: 'mdy' }), `
    075/22-A1 CARRIED FORWARD: fuel costs still being collected.
    ^^^^^^^^^ hover

    **Action \`075/22-A1\`** (Strategic Policing and Crime Board, 07/26/2022)

    - \`075/22-A1\` Report on fuel costs. — Mark Kenyon, due 09/27/2022, **carried forward**

    History:
    - 09/27/2022: carried forward — fuel costs still being collected.
  `);
});
