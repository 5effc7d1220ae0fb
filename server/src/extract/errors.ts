/** The one error extraction raises: a sentence a clerk can act on, shown as it is by the CLI and the editor. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
}
