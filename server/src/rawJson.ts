/**
 * Answers whose JSON text the server keeps from one message to the next. The protocol library
 * encodes every message with `JSON.stringify`; the action log of 1,000 meetings is 2.6 MB of JSON
 * and a megabyte meeting publishes hundreds of diagnostics on each pause in typing, while almost
 * every row and diagnostic is the same object as last time. They keep their JSON text, and the
 * message writer of the stdio transport (`rawJsonEncoder`) puts the joined text into the message
 * as it is.
 */
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/** A value written as JSON text computed beforehand. */
export class RawJson {
  constructor(readonly json: string) {}
  /** What any other serializer (another transport, message tracing) writes: the same value. */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/**
 * `json` standing for a value of type T, to return from a request handler or send as a
 * notification's parameters. Typed as the value because that is what reaches the client:
 * our writer writes the text, any other serializer the value through `toJSON`.
 */
export function rawJson<T>(json: string): T {
  return new RawJson(json) as unknown as T;
}

/** The JSON text of each object, kept while `key` (what else the text depends on) stays the same. */
export class JsonMemo<K extends object> {
  private readonly memo = new WeakMap<K, { readonly key: string; readonly json: string }>();
  get(value: K, key: string, encode: () => string): string {
    const hit = this.memo.get(value);
    if (hit && hit.key === key) return hit.json;
    const json = encode();
    this.memo.set(value, { key, json });
    return json;
  }
}

/** The stdio transport's content encoder: `JSON.stringify`, except that a RawJson result or parameters go in as written. */
export const rawJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(Buffer.from(messageText(msg), options.charset));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};

export function messageText(msg: Message): string {
  const m = msg as Message & { id?: unknown; method?: string; result?: unknown; params?: unknown };
  if (m.result instanceof RawJson && !('error' in m)) return `{"jsonrpc":${JSON.stringify(m.jsonrpc)},"id":${JSON.stringify(m.id)},"result":${m.result.json}}`;
  if (m.params instanceof RawJson && typeof m.method === 'string') {
    const id = m.id === undefined ? '' : `"id":${JSON.stringify(m.id)},`;
    return `{"jsonrpc":${JSON.stringify(m.jsonrpc)},${id}"method":${JSON.stringify(m.method)},"params":${m.params.json}}`;
  }
  return JSON.stringify(msg);
}
