// HttpClient's errors: the DAM's own words become `detail` when it sent JSON or plain text; a proxy's
// HTML error page never does (the user would read markup), and the status still chooses the code.
import { expect } from '@open-wc/testing';
import { DamError } from '../../src/api/errors.js';
import { HttpClient } from '../../src/api/http.js';

function answering(body: string, status: number, type: string): HttpClient {
  return new HttpClient({
    fetch: async () => new Response(body, { status, headers: { 'Content-Type': type } }),
    describeError: (_status, parsed) => (typeof parsed === 'string' ? { message: parsed } : { message: (parsed as { message?: string } | undefined)?.message }),
    retry: { retries: 0 },
  });
}

async function failure(client: HttpClient): Promise<DamError> {
  try {
    await client.json({ url: 'https://dam.example/api', auth: false });
  } catch (error) {
    return error as DamError;
  }
  throw new Error('expected the request to fail');
}

describe('HttpClient errors', () => {
  it("keeps the DAM's words from a JSON or plain-text answer as detail", async () => {
    const json = await failure(answering('{"message":"No access to this folder"}', 403, 'application/json'));
    expect([json.code, json.detail]).to.deep.equal(['forbidden', 'No access to this folder']);
    const text = await failure(answering('Unknown brandId', 400, 'text/plain'));
    expect([text.code, text.detail]).to.deep.equal(['invalid-argument', 'Unknown brandId']);
  });

  it("never takes an HTML error page as the DAM's words", async () => {
    const error = await failure(answering('<html><body><h1>403 Forbidden</h1><hr>nginx</body></html>', 403, 'text/html; charset=utf-8'));
    expect(error.code).to.equal('forbidden');
    expect(error.detail).to.equal(undefined);
    expect(error.message).to.equal('The DAM answered 403.');
  });
});
