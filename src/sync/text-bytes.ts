/** Files larger than this are treated as binary by sync's text checks (5 MB, the store's limit for notes). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The UTF-8 text of file bytes, or null when they are not text: not valid UTF-8, containing a
 * NUL byte (git's own binary test), or larger than {@link MAX_TEXT_BYTES}. A BOM is kept so
 * writing the text back gives the same bytes.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length > MAX_TEXT_BYTES || bytes.includes(0)) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 bytes of `text`. */
export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}
