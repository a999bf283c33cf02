// What the Bynder S3 stand-in needs to read a browser-style POST upload as S3 does: the multipart
// form's fields in order, with the file part's raw bytes whether or not it names a filename (the JS
// SDK's form-data appends a Buffer without one; `Request.formData()` would turn such a part into a
// UTF-8 string and miscount binary bytes). Also the pixel size of the common image formats, for the
// width/height/orientation of a saved upload.

export interface FormPart {
  name: string;
  filename?: string;
  /** The part's bytes, untouched. */
  bytes: Uint8Array;
}

const CRLF_CRLF = [13, 10, 13, 10];

function indexOf(haystack: Uint8Array, needle: Uint8Array | number[], from = 0): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first as number, from); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first as number, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The parts of a `multipart/form-data` body, in order; `undefined` when it is not one. */
export async function readMultipart(request: Request): Promise<FormPart[] | undefined> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(request.headers.get('Content-Type') ?? '');
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) return undefined;
  const body = new Uint8Array(await request.arrayBuffer());
  const delimiter = new TextEncoder().encode(`--${token}`);
  const parts: FormPart[] = [];
  let at = indexOf(body, delimiter);
  if (at === -1) return undefined;
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    if (body[afterDelimiter] === 45 && body[afterDelimiter + 1] === 45) return parts; // `--`: the end
    const headerStart = afterDelimiter + 2; // CRLF
    const headerEnd = indexOf(body, CRLF_CRLF, headerStart);
    if (headerEnd === -1) return undefined;
    const next = indexOf(body, new Uint8Array([13, 10, ...delimiter]), headerEnd + 4);
    if (next === -1) return undefined;
    const headers = new TextDecoder().decode(body.subarray(headerStart, headerEnd));
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return undefined;
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), bytes: body.subarray(headerEnd + 4, next) });
    at = next + 2;
  }
}

/** The pixel size of a PNG, GIF, JPEG or WebP from its first bytes; `undefined` for anything else. */
export function imageSize(bytes: Uint8Array): [number, number] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (from: number, length: number): string => String.fromCharCode(...bytes.subarray(from, from + length));
  if (bytes.length >= 24 && ascii(1, 3) === 'PNG') return [view.getUint32(16), view.getUint32(20)];
  if (bytes.length >= 10 && ascii(0, 3) === 'GIF') return [view.getUint16(6, true), view.getUint16(8, true)];
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8X') return [1 + (view.getUint32(24, true) & 0xffffff), 1 + (view.getUint32(27, true) & 0xffffff)];
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true);
      return [1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)];
    }
    if (chunk === 'VP8 ') return [view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff];
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1]!;
      const length = view.getUint16(at + 2);
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return [view.getUint16(at + 7), view.getUint16(at + 5)];
      at += 2 + length;
    }
  }
  return undefined;
}
