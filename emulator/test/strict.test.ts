// The emulator is as strict as the Brandworkz documentation: documented keys in the documented case,
// numbers as numbers, JSON as application/json only, unquoted eTags, scopes, and every answer's
// `result` carries `httpStatus` / `httpMessage`.

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { APP_ORIGIN, apiUrl, search, sharedEmulator } from './helpers.js';

const emulator = sharedEmulator();
const folder = emulator.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
afterEach(() => emulator.reset());

interface Answer {
  status: number;
  body: { result: Record<string, unknown>; data?: Record<string, unknown> };
}

async function send(endpoint: string, body: string, init: { contentType?: string | null; scope?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { Origin: APP_ORIGIN, Authorization: `Bearer ${emulator.tokens.issue(init.scope ? { scope: init.scope } : {})}` };
  if (init.contentType !== null) headers['Content-Type'] = init.contentType ?? 'application/json';
  const response = await emulator.handle(new Request(apiUrl(emulator, endpoint), { method: 'POST', headers, body }));
  assert.ok(response);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const post = (endpoint: string, body: Record<string, unknown>, scope?: string) => send(endpoint, JSON.stringify(body), scope ? { scope } : {});

describe('strict request bodies', () => {
  it('answers 415 for JSON sent as text/plain, form data or without a type, in the envelope', async () => {
    const body = JSON.stringify({ fileName: 'a.png', fileSize: 10, categoryGuid: folder });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', null]) {
      const { status, body: answer } = await send('createUploadPath', body, { contentType });
      assert.equal(status, 415, String(contentType));
      assert.deepEqual(answer.result, { status: 3, message: 'Unsupported media type', httpStatus: 415, httpMessage: 'Unsupported Media Type' });
      assert.match(String(answer.data?.rootCause), /application\/json/);
    }
    assert.equal((await send('createUploadPath', body, { contentType: 'application/json;charset=UTF-8' })).status, 200);
  });

  it('accepts both spellings the document shows for a key, and no other case', async () => {
    assert.equal((await post('createUploadPath', { fileName: 'a.png', fileSize: 10, categoryGuid: folder })).status, 200);
    assert.equal((await post('createUploadPath', { filename: 'a.png', filesize: 10, categoryGuid: folder })).status, 200);
    for (const body of [
      { FileName: 'a.png', fileSize: 10, categoryGuid: folder },
      { fileName: 'a.png', FILESIZE: 10, categoryGuid: folder },
      { fileName: 'a.png', fileSize: 10, categoryGUID: folder },
      { fileName: 'a.png', fileSize: 10, categoryGuid: folder, colour: 'red' },
      { fileName: 'a.png', filename: 'b.png', fileSize: 10, categoryGuid: folder },
    ]) {
      const { status, body: answer } = await post('createUploadPath', body);
      assert.equal(status, 422, JSON.stringify(body));
      assert.deepEqual(answer.result, { status: 3, message: 'Argument error', httpStatus: 422, httpMessage: 'Unprocessable Entity' });
    }
    const wrongCase = await post('createUploadPath', { fileName: 'a.png', fileSize: 10, categoryGUID: folder });
    assert.match(String(wrongCase.body.data?.rootCause), /spelled 'categoryGuid'/);
  });

  it('wants numbers as numbers where the document shows numbers', async () => {
    const asString = await post('createUploadPath', { fileName: 'a.png', fileSize: '10', categoryGuid: folder });
    assert.equal(asString.status, 422);
    assert.match(String(asString.body.data?.rootCause), /fileSize must be a number/);
    const status = await post('saveMetadata', { assetGuid: emulator.data.assets[0]!.guid, assetStatus: '1' });
    assert.equal(status.status, 422);
  });

  it('answers 403 in the envelope when a read token uploads or edits metadata; read endpoints stay open', async () => {
    const denied = await post('createUploadPath', { fileName: 'a.png', fileSize: 10, categoryGuid: folder }, 'read');
    assert.equal(denied.status, 403);
    assert.deepEqual(denied.body.result, { status: 1, message: 'Insufficient scope for this resource', httpStatus: 403, httpMessage: 'Forbidden' });
    assert.match(String(denied.body.data?.rootCause), /needs 'write'/);
    assert.equal((await post('saveMetadata', { assetGuid: emulator.data.assets[0]!.guid, assetTitle: 'x' }, 'read')).status, 403);
    const token = emulator.tokens.issue({ scope: 'read' });
    const read = await emulator.handle(
      new Request(apiUrl(emulator, 'simpleSearch', { searchterm: 'logo' }), { headers: { Authorization: `Bearer ${token}` } }),
    );
    assert.equal(read?.status, 200);
  });
});

describe('httpStatus and httpMessage', () => {
  it('are in the result of successes and errors', async () => {
    const ok = await search(emulator, { size: 1 });
    assert.deepEqual(ok.result, { message: 'Success', code: 0, httpStatus: 200, httpMessage: 'OK' });
    const response = await emulator.handle(new Request(apiUrl(emulator, 'simpleSearch')));
    const body = (await response!.json()) as Answer['body'];
    assert.equal(body.result.httpStatus, 401);
    assert.equal(body.result.httpMessage, 'Unauthorized');
  });
});
