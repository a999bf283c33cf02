// URL checks for anything that comes from a DAM: only http(s) links are used,
// plus `data:image/…` for thumbnails. Everything else is dropped.

/** The URL as an absolute http(s) string (resolved against `base`), or `undefined`. */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i;

/** A thumbnail URL: http(s), or a `data:image/…` URL; otherwise `undefined`. */
export function safeImageUrl(value: unknown, base?: string): string | undefined {
  if (typeof value === 'string' && DATA_IMAGE.test(value)) return value;
  return safeHttpUrl(value, base);
}
