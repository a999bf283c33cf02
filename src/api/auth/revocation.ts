// RFC 7009 token revocation at the editor's sign-out: the refresh token first (which ends the grant
// where the DAM ties them), then the access token.

/**
 * Asks `endpoint` (none: the DAM documents no revocation) to revoke the session's tokens. A plain form
 * POST: the answer has no body to read (oidc-client-ts's client insists on JSON). A failure is logged,
 * never thrown: the sign-out goes on.
 */
export async function revokeTokens(
  endpoint: string | undefined,
  clientId: string,
  session: { access_token: string; refresh_token?: string | undefined },
): Promise<void> {
  if (!endpoint) return;
  const tokens: Array<[string, 'refresh_token' | 'access_token']> = [[session.access_token, 'access_token']];
  if (session.refresh_token) tokens.unshift([session.refresh_token, 'refresh_token']);
  for (const [token, hint] of tokens) {
    const body = new URLSearchParams({ token, token_type_hint: hint, client_id: clientId });
    const response = await fetch(endpoint, { method: 'POST', body, credentials: 'omit' }).catch((error: unknown) => error);
    if (!(response instanceof Response) || !response.ok)
      console.warn(`[dam-picker] could not revoke the ${hint}:`, response instanceof Response ? response.status : response);
  }
}
