/**
 * The host globals the language service uses, and all of them: text decoding and encoding
 * (WHATWG Encoding: Node and every browser have them). The service's tsconfig has no Node types
 * and no DOM (`types: []`, `lib: ["ES2022"]`), so that files, processes, timers or the network
 * do not compile in it: a host gives the service text and takes its answers.
 */
interface TextDecoderOptions { fatal?: boolean; ignoreBOM?: boolean }
interface TextDecodeOptions { stream?: boolean }
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: TextDecoderOptions): TextDecoder };
interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };
