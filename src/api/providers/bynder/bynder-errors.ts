// Bynder's error body, read for DamError messages (shared by the provider and the uploader).

/** Reads Bynder's `{ message, statuscode }` error body (some 400s are text/plain). */
export function describeBynderError(_status: number, body: unknown): { message?: string; damCode?: number } {
  if (typeof body === 'string') return body.trim() ? { message: body.slice(0, 300) } : {};
  if (typeof body !== 'object' || body === null) return {};
  const { message, statuscode } = body as Record<string, unknown>;
  return {
    ...(typeof message === 'string' ? { message } : {}),
    ...(typeof statuscode === 'number' ? { damCode: statuscode } : {}),
  };
}
