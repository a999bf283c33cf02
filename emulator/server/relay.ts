// An example token relay for the picker's `token-url` option: it forwards the
// authorization-code exchange and refreshes to the DAM's token endpoint and adds
// the confidential client's secret (HTTP Basic, as the Brandworkz docs show), so
// the secret stays on the integrator's server. Used by the tests; a template for hosts.

export interface TokenRelayOptions {
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
}

/** Forwards one token request (an `application/x-www-form-urlencoded` body) and returns the DAM's answer. */
export async function relayTokenRequest(options: TokenRelayOptions, body: string): Promise<{ status: number; body: string; contentType: string }> {
  const form = new URLSearchParams(body);
  // Only the grants the picker uses; the client is always the relay's own.
  if (!['authorization_code', 'refresh_token'].includes(form.get('grant_type') ?? '')) {
    return { status: 400, body: JSON.stringify({ error: 'unsupported_grant_type' }), contentType: 'application/json' };
  }
  form.delete('client_id');
  const response = await fetch(options.tokenEndpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      Authorization: `Basic ${btoa(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`)}`,
    },
    body: form,
  });
  return { status: response.status, body: await response.text(), contentType: response.headers.get('Content-Type') ?? 'application/json' };
}
