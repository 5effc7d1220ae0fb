/**
 * Whether an action is still open: one answer for the workspace, the features, the published
 * outputs and the client's Actions view (which imports this module as it imports the dates).
 * Kept apart from the model so that the client pulls in nothing else.
 */
import type { ActionStatus } from './constructs';

/** The statuses of an action still to be done: written as open, or carried forward to a later meeting. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'carried forward'];

/** True when an action of this status is still to be done (not done, not dropped). */
export function isOpenStatus(status: ActionStatus): boolean {
  return status === 'open' || status === 'carried forward';
}
