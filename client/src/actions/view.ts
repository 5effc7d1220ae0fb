/**
 * The Actions and Decisions views: the workspace's action log from the server, grouped and
 * filtered as the user chooses in the view's title bar, refreshed whenever the server says the
 * log changed (as the user types). Clicking an action opens its line.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ActionTableRequest, DecisionsRequest, fromActionTable, SHOW_OPEN_ACTIONS_COMMAND, type ActionEntry, type ActionTable, type DecisionEntry, type ExportedView } from '#protocol';
import { DecisionsWithVotesRequest, type DecisionWithVote } from '#protocol';
import { buildDecisionTree, buildTree, filterForView, openCount, type ActionIcon, type ActionNode, type DecisionGroup, type DecisionNode, type GroupBy, type GroupNode } from './tree';
import { buildVotesGroup, type VoteNode, type VotesGroup } from './tree';

// the actions' groups, then the decisions with a recorded vote (issue 20)
type Node = GroupNode | ActionNode | VotesGroup | VoteNode;

/** The view's actions as *Export Action Log…* sends them (`ExportedView` of the protocol), and in words. */
export interface ShownActions extends Required<ExportedView> {
  /** "grouped by owner, only open": what the export will hold. */
  readonly summary: string;
}

const GROUP_HEADING: Record<GroupBy, string> = { meeting: 'By meeting', owner: 'By owner', status: 'By status' };

/** One group of the view as the export lists it: a meeting's group is titled with its date and title. */
export function exportedGroup(g: GroupNode, groupBy: GroupBy): ShownActions['groups'][number] {
  const title = groupBy === 'meeting' && g.children[0] ? [g.label, g.children[0].action.meetingTitle].filter((t) => t).join(' ') : g.label;
  return { title, actions: g.children.map((c) => ({ uri: c.action.uri, ref: c.action.ref })) };
}
type DNode = DecisionGroup | DecisionNode;

const ICONS: Record<ActionIcon, vscode.ThemeIcon> = {
  overdue: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  open: new vscode.ThemeIcon('circle-large-outline'),
  'carried forward': new vscode.ThemeIcon('arrow-circle-right'),
  done: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  dropped: new vscode.ThemeIcon('circle-slash'),
};

export const OPEN_LOCATION = 'minutes.openLocation';

export class ActionsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private actions: ActionEntry[] = [];
  private decisions: DecisionEntry[] = [];
  private votes: DecisionWithVote[] = [];
  private lastShown = '';
  private groupBy: GroupBy;
  private onlyOpen: boolean;
  private onlyMine: boolean;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly decisionsProvider: DecisionsProvider;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, private readonly state: vscode.Memento, logChanged: vscode.Event<void>) {
    this.groupBy = state.get<GroupBy>('minutes.actions.groupBy', 'meeting');
    this.onlyOpen = state.get('minutes.actions.onlyOpen', false);
    this.onlyMine = state.get('minutes.actions.onlyMine', false);
    this.decisionsProvider = new DecisionsProvider();
    this.view = vscode.window.createTreeView('minutes.actions', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view, this.changed,
      vscode.window.createTreeView('minutes.decisions', { treeDataProvider: this.decisionsProvider, showCollapseAll: true }),
      logChanged(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('minutes.me')) this.render(); }),
      vscode.commands.registerCommand('minutes.actions.groupByMeeting', () => this.setGroupBy('meeting')),
      vscode.commands.registerCommand('minutes.actions.groupByOwner', () => this.setGroupBy('owner')),
      vscode.commands.registerCommand('minutes.actions.groupByStatus', () => this.setGroupBy('status')),
      // the title bar's button shows the grouping in use; a click moves on to the next one
      vscode.commands.registerCommand('minutes.actions.groupedByMeeting', () => this.setGroupBy('owner')),
      vscode.commands.registerCommand('minutes.actions.groupedByOwner', () => this.setGroupBy('status')),
      vscode.commands.registerCommand('minutes.actions.groupedByStatus', () => this.setGroupBy('meeting')),
      vscode.commands.registerCommand('minutes.actions.onlyOpen', () => this.setFilter(true, this.onlyMine)),
      vscode.commands.registerCommand('minutes.actions.onlyMine', () => this.chooseMine()),
      vscode.commands.registerCommand('minutes.actions.showAll', () => this.setFilter(false, false)),
      vscode.commands.registerCommand('minutes.actions.refresh', () => this.refresh()),
      // the code lens above a meeting's title: the open actions to chase, in the view
      vscode.commands.registerCommand(SHOW_OPEN_ACTIONS_COMMAND, async () => {
        this.setFilter(true, false);
        await vscode.commands.executeCommand('minutes.actions.focus');
      }),
    );
    this.updateContext();
    void this.refresh();
  }

  /** Asks the server for the log again. */
  async refresh(): Promise<void> {
    let table: ActionTable;
    let decisions: DecisionEntry[];
    let votes: DecisionWithVote[];
    try {
      [table, decisions, votes] = await Promise.all([
        this.client.sendRequest(ActionTableRequest, {}),
        this.client.sendRequest(DecisionsRequest, {}),
        this.client.sendRequest(DecisionsWithVotesRequest, {}),
      ]);
    } catch (e) {
      // the server may be restarting; its next notification brings the log
      this.client.outputChannel.appendLine(`Could not read the action log: ${(e as Error).message}`);
      return;
    }
    // The server says "changed" only when the views' content changed (logsShown.ts), but the client
    // also refreshes on its own (the server starting, a command): redrawing an unchanged tree would
    // make it flicker under the clerk's eyes and could swallow a click.
    const shown = JSON.stringify([table, decisions, votes]);
    if (shown === this.lastShown) return;
    this.lastShown = shown;
    this.actions = fromActionTable(table);
    this.decisions = decisions;
    this.votes = votes;
    this.render();
  }

  get all(): readonly ActionEntry[] { return this.actions; }

  /** What the view shows, for *Export Action Log…*: its groups in order, each with its actions. */
  shown(): ShownActions {
    const groups = buildTree(this.actions, this.groupBy, this.filter());
    const filters = this.filterWords();
    return {
      groupedBy: GROUP_HEADING[this.groupBy],
      summary: [`grouped by ${this.groupBy}`, ...filters].join(', '),
      groups: groups.map((g) => exportedGroup(g, this.groupBy)),
    };
  }

  private filter(): { onlyOpen: boolean; mine?: string } {
    return { onlyOpen: this.onlyOpen, mine: this.onlyMine ? this.me() : undefined };
  }

  private filterWords(): string[] {
    return [this.onlyOpen ? 'only open' : '', this.onlyMine && this.me() ? `only ${this.me()}` : ''].filter((s) => s.length > 0);
  }

  private me(): string {
    return vscode.workspace.getConfiguration('minutes').get<string>('me', '').trim();
  }

  private render(): void {
    const shown = filterForView(this.actions, { onlyOpen: this.onlyOpen, mine: this.onlyMine ? this.me() : undefined });
    const open = openCount(shown);
    this.view.badge = open > 0 ? { value: open, tooltip: `${open} open action${open === 1 ? '' : 's'}` } : undefined;
    const filters = this.filterWords();
    this.view.description = filters.join(', ') || undefined;
    this.view.message = this.actions.length === 0 ? 'No actions yet. Write "ACTION: … Owner: … Due: …" in a meeting.' : shown.length === 0 ? 'No actions match the filter.' : undefined;
    this.changed.fire(undefined);
    this.decisionsProvider.set(this.decisions);
  }

  private setGroupBy(g: GroupBy): void {
    this.groupBy = g;
    void this.state.update('minutes.actions.groupBy', g);
    this.updateContext();
    this.render();
  }

  private setFilter(onlyOpen: boolean, onlyMine: boolean): void {
    this.onlyOpen = onlyOpen;
    this.onlyMine = onlyMine;
    void this.state.update('minutes.actions.onlyOpen', onlyOpen);
    void this.state.update('minutes.actions.onlyMine', onlyMine);
    this.updateContext();
    this.render();
  }

  private async chooseMine(): Promise<void> {
    if (!this.me()) {
      const name = await vscode.window.showInputBox({ title: 'Only my actions', prompt: 'Your name, initials or role as the attendance lists write it (saved as the setting minutes.me)', placeHolder: 'e.g. Andy Beard' });
      if (!name?.trim()) return;
      await vscode.workspace.getConfiguration('minutes').update('me', name.trim(), vscode.ConfigurationTarget.Global);
    }
    this.setFilter(this.onlyOpen, true);
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'minutes.actions.groupBy', this.groupBy);
    void vscode.commands.executeCommand('setContext', 'minutes.actions.filtered', this.onlyOpen || this.onlyMine);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const votes = buildVotesGroup(this.votes);
      return [...buildTree(this.actions, this.groupBy, this.filter()), ...(votes ? [votes] : [])];
    }
    return node.kind === 'group' || node.kind === 'votes-group' ? node.children : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'votes-group' || node.kind === 'vote') return voteItem(node);
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(this.groupBy === 'meeting' ? 'calendar' : this.groupBy === 'owner' ? 'person' : 'list-flat');
      item.contextValue = `group.${this.groupBy}`;
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip; // plain text: the user's words are never rendered as Markdown
    item.iconPath = ICONS[node.icon];
    item.contextValue = `action.${node.action.status.replace(' ', '-')}`;
    item.command = { command: OPEN_LOCATION, title: 'Open', arguments: [node.action.uri, node.action.range] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A row of the "Decisions with votes" group: the group collapsed at first, each vote opening its motion's line. */
function voteItem(node: VotesGroup | VoteNode): vscode.TreeItem {
  if (node.kind === 'votes-group') {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon('law');
    item.contextValue = 'votes';
    return item;
  }
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = node.tooltip; // plain text: the user's words are never rendered as Markdown
  item.iconPath = new vscode.ThemeIcon(node.decision.result === 'lost' ? 'close' : node.decision.result === 'withdrawn' ? 'circle-slash' : 'check');
  item.contextValue = 'vote';
  item.command = { command: OPEN_LOCATION, title: 'Open', arguments: [node.decision.uri, node.decision.range] };
  return item;
}

class DecisionsProvider implements vscode.TreeDataProvider<DNode> {
  private groups: DecisionGroup[] = [];
  private readonly changed = new vscode.EventEmitter<DNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  set(decisions: readonly DecisionEntry[]): void {
    this.groups = buildDecisionTree(decisions);
    this.changed.fire(undefined);
  }

  getChildren(node?: DNode): DNode[] {
    if (!node) return this.groups;
    return node.kind === 'decision-group' ? node.children : [];
  }

  getTreeItem(node: DNode): vscode.TreeItem {
    if (node.kind === 'decision-group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon('calendar');
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = `${node.description}\n${node.label}`;
    item.iconPath = new vscode.ThemeIcon('law');
    item.command = { command: OPEN_LOCATION, title: 'Open', arguments: [node.decision.uri, node.decision.range] };
    return item;
  }
}
