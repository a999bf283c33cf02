// The request pipeline and the control API (/__emulator/*) both emulated DAMs share: the same cases
// against the Brandworkz and the Bynder core, through their `handle()`.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBrandworkzEmulator } from '../core/index.js';
import { createBynderEmulator } from '../core/bynder/index.js';
import type { FaultController } from '../core/faults.js';
import type { RequestLog } from '../core/pipeline.js';
import type { TokenRegistry } from '../core/tokens.js';
import { APP_ORIGIN, OTHER_ORIGIN } from './helpers.js';

interface Core {
  handle(request: Request): Promise<Response | undefined>;
  readonly faults: FaultController;
  readonly tokens: TokenRegistry;
  readonly requests: RequestLog;
}

interface DamCase {
  name: string;
  origin: string;
  create(testMode?: boolean): Core;
  /** An API route that takes GET only, its endpoint name, and the body of a 405 there. */
  api: { path: string; endpoint: string; methodNotAllowed: (method: string) => unknown };
  /** A route without token (an image), its endpoint name. */
  publicRoute(core: Core): { path: string; endpoint: string };
  /** The body of an injected 503, and of a 401. */
  fault503: unknown;
  unauthorized: unknown;
  defaultLifetimeSec: number;
  /** The DAM's own fault switch: a good value, a bad one, the initial value. */
  switch: { name: string; good: number; bad: unknown; initial: number };
  /** The other DAM's switch: unknown here. */
  foreignSwitch: string;
  /** POST /__emulator/tokens: a DAM-specific body and what it adds to the answer (or undefined: refused). */
  tokenExtras: { body: Record<string, unknown>; answer: Record<string, unknown> | undefined };
  dataKeys: string[];
  /** The DAM's own control routes (GET), absent outside test mode too. */
  moreControl: string[];
}

const BRANDWORKZ = 'http://127.0.0.1:4010';
const BYNDER = 'http://127.0.0.1:4011';

const cases: DamCase[] = [
  {
    name: 'Brandworkz',
    origin: BRANDWORKZ,
    create: (testMode = true) => createBrandworkzEmulator({ apiOrigin: BRANDWORKZ, assetCount: 30, allowedOrigins: [APP_ORIGIN], testMode }),
    api: {
      path: '/v1.6/brandworkz_demo/simpleSearch?size=1',
      endpoint: 'simpleSearch',
      methodNotAllowed: (method) => ({
        result: { status: 5, message: 'Service endpoint call failed', httpStatus: 405, httpMessage: 'Method Not Allowed' },
        data: { dateTime: '(any)', rootCause: `Request method '${method}' not supported`, endpointName: 'simpleSearch', method: method.toLowerCase() },
      }),
    },
    publicRoute: (core) => {
      const asset = (core as ReturnType<typeof createBrandworkzEmulator>).data.assets[0]!;
      return { path: new URL(asset.thumbnailUrlCdn).pathname, endpoint: 'thumbnail' };
    },
    fault503: { result: { code: 2, message: 'Service not available', httpStatus: 503, httpMessage: 'Service Unavailable' } },
    unauthorized: { result: { code: 1, message: 'Full authentication is required to access this resource', httpStatus: 401, httpMessage: 'Unauthorized' } },
    defaultLifetimeSec: 1200,
    switch: { name: 'indexingDelayMs', good: 0, bad: -5, initial: 2000 },
    foreignSwitch: 'pollsBeforeDone',
    tokenExtras: { body: { scope: 'read' }, answer: { scope: 'read', cdb: 'brandworkz_demo' } },
    dataKeys: ['apiOrigin', 'clientDb', 'assetCount', 'rootFolderGuid'],
    moreControl: ['uploads'],
  },
  {
    name: 'Bynder',
    origin: BYNDER,
    create: (testMode = true) => createBynderEmulator({ portalOrigin: BYNDER, mediaCount: 30, allowedOrigins: [APP_ORIGIN], testMode }),
    api: {
      path: '/api/v4/brands/',
      endpoint: 'brands',
      methodNotAllowed: () => ({ message: 'Method Not Allowed', statuscode: 405 }),
    },
    publicRoute: (core) => {
      const media = (core as ReturnType<typeof createBynderEmulator>).data.media[0]!;
      return { path: new URL((media.thumbnails as Record<string, string>).thul ?? '').pathname, endpoint: 'derivative' };
    },
    fault503: { message: 'Service Unavailable', statuscode: 503 },
    unauthorized: { message: 'Unauthorized', statuscode: 401 },
    defaultLifetimeSec: 3600,
    switch: { name: 'pollsBeforeDone', good: 0, bad: 1.5, initial: 2 },
    foreignSwitch: 'indexingDelayMs',
    tokenExtras: { body: { scope: 'read' }, answer: undefined },
    dataKeys: ['portalOrigin', 'mediaCount', 'brands', 'collections'],
    moreControl: [],
  },
];

const ACAO = 'access-control-allow-origin';

/** `data.dateTime` differs per answer: compare it as '(any)'. */
function withoutTime(body: unknown): unknown {
  const data = (body as { data?: { dateTime?: string } }).data;
  return data?.dateTime ? { ...(body as object), data: { ...data, dateTime: '(any)' } } : body;
}

for (const dam of cases) {
  const call = async (core: Core, path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> => {
    const { token = core.tokens.issue(), ...rest } = init;
    const headers = new Headers(rest.headers);
    if (!headers.has('Origin')) headers.set('Origin', APP_ORIGIN);
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    const response = await core.handle(new Request(`${dam.origin}${path}`, { ...rest, headers }));
    assert.ok(response, `${init.method ?? 'GET'} ${path} is a route`);
    return response;
  };
  const control = (core: Core, path: string, method = 'GET', body?: unknown) =>
    call(core, `/__emulator/${path}`, { method, token: null, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const json = async <T = Record<string, unknown>>(response: Response | Promise<Response>): Promise<T> => (await (await response).json()) as T;

  describe(`${dam.name}: control API`, () => {
    /** The fault switches as a new core (or a reset) has them. */
    const startState = () => ({
      latencyMs: 0,
      publicLatencyMs: 0,
      tokenLifetimeSec: null,
      autoApprove: false,
      [dam.switch.name]: dam.switch.initial,
      pending: [],
    });

    it('reports the fault switches, sets them (all at once), and clears them', async () => {
      const core = dam.create();
      const initial = await json(control(core, 'faults'));
      assert.deepEqual(initial, startState());

      const set = await control(core, 'faults', 'POST', {
        inject: [{ endpoint: dam.api.endpoint, status: 503, retryAfter: 2, times: 2 }],
        latencyMs: 1,
        publicLatencyMs: 2,
        tokenLifetimeSec: 30,
        autoApprove: 'deny',
        [dam.switch.name]: dam.switch.good,
      });
      assert.equal(set.status, 200);
      const expected = {
        latencyMs: 1,
        publicLatencyMs: 2,
        tokenLifetimeSec: 30,
        autoApprove: 'deny',
        [dam.switch.name]: dam.switch.good,
        pending: [{ endpoint: dam.api.endpoint, status: 503, retryAfter: 2, times: 2 }],
      };
      assert.deepEqual(await set.json(), expected);
      assert.deepEqual(await json(control(core, 'faults')), expected);
      assert.equal(core.faults.tokenLifetime, 30);

      const cleared = await json(control(core, 'faults', 'POST', { clear: true }));
      assert.deepEqual(cleared, initial, 'clear: every switch back to its initial value, no pending faults');
    });

    it('answers bad input with 400 invalid_request and changes nothing', async () => {
      const core = dam.create();
      const before = await json(control(core, 'faults'));
      const bad: unknown[] = [
        '{not json',
        '[1]',
        { inject: { status: 'x' } },
        { inject: [{ status: 503 }, { status: 99 }] },
        { latencyMs: -1 },
        { latencyMs: '5' },
        { tokenLifetimeSec: 0 },
        { autoApprove: 'yes' },
        { clear: 'yes' },
        { [dam.switch.name]: dam.switch.bad },
        { [dam.foreignSwitch]: 0 },
        { rule: { status: 503 } },
      ];
      for (const body of bad) {
        // A good setting next to the bad one: nothing is applied unless everything is good.
        const payload = typeof body === 'string' ? body : { latencyMs: 7, ...(body as object) };
        const response = await control(core, 'faults', 'POST', payload);
        assert.equal(response.status, 400, JSON.stringify(body));
        const answer = await json<{ error: string; error_description: string }>(response);
        assert.equal(answer.error, 'invalid_request');
        assert.ok(answer.error_description.length > 0);
        assert.equal(response.headers.get(ACAO), APP_ORIGIN, 'CORS on control errors too');
      }
      assert.deepEqual(await json(control(core, 'faults')), before);
      const unknown = await json<{ error_description: string }>(control(core, 'faults', 'POST', { rule: {} }));
      assert.match(unknown.error_description, /unknown field 'rule'/);
    });

    it('logs requests (not control calls), clears the log with DELETE, and answers 405 with Allow otherwise', async () => {
      const core = dam.create();
      await call(core, `${dam.api.path}${dam.api.path.includes('?') ? '&' : '?'}probe=1`);
      await control(core, 'faults');
      const { entries } = await json<{ entries: Array<{ method: string; path: string; endpoint: string; query: Record<string, string> }> }>(
        control(core, 'requests'),
      );
      assert.deepEqual(
        entries.map(({ method, path, endpoint }) => ({ method, path, endpoint })),
        [{ method: 'GET', path: new URL(dam.api.path, dam.origin).pathname, endpoint: dam.api.endpoint }],
      );
      assert.equal(entries[0]?.query.probe, '1');
      const deleted = await control(core, 'requests', 'DELETE');
      assert.equal(deleted.status, 204);
      assert.deepEqual(core.requests.entries, []);
      const put = await control(core, 'requests', 'PUT', {});
      assert.equal(put.status, 405);
      assert.equal(put.headers.get('Allow'), 'GET, DELETE');
      assert.deepEqual(await put.json(), { error: 'method_not_allowed', error_description: 'PUT is not supported here' });
    });

    it('resets faults, the log and issued tokens (POST only)', async () => {
      const core = dam.create();
      const token = core.tokens.issue();
      await control(core, 'faults', 'POST', { inject: { status: 500 }, latencyMs: 1, [dam.switch.name]: dam.switch.good });
      await call(core, dam.api.path, { token, method: 'DELETE' });
      assert.equal(core.requests.entries.length, 1);
      const refused = await control(core, 'reset');
      assert.equal(refused.status, 405);
      assert.equal(refused.headers.get('Allow'), 'POST');
      const reset = await control(core, 'reset', 'POST');
      assert.deepEqual([reset.status, await reset.json()], [200, { ok: true }]);
      assert.deepEqual(await json(control(core, 'faults')), startState());
      assert.deepEqual(core.requests.entries, []);
      assert.equal((await call(core, dam.api.path, { token })).status, 401, 'the token issued before the reset is gone');
    });

    it('mints tokens the API accepts, with the default or the asked lifetime', async () => {
      const core = dam.create();
      const minted = await control(core, 'tokens', 'POST');
      assert.equal(minted.status, 200);
      const body = await json<{ access_token: string; token_type: string; expires_in: number }>(minted);
      assert.deepEqual({ token_type: body.token_type, expires_in: body.expires_in }, { token_type: 'bearer', expires_in: dam.defaultLifetimeSec });
      assert.equal((await call(core, dam.api.path, { token: body.access_token })).status, 200);

      await control(core, 'faults', 'POST', { tokenLifetimeSec: 45 });
      assert.equal((await json<{ expires_in: number }>(control(core, 'tokens', 'POST', {}))).expires_in, 45, 'the tokenLifetimeSec switch sets the default');
      assert.equal((await json<{ expires_in: number }>(control(core, 'tokens', 'POST', { lifetimeSec: 5 }))).expires_in, 5);
      assert.equal((await control(core, 'tokens', 'POST', { lifetimeSec: -1 })).status, 400);
      assert.equal((await control(core, 'tokens', 'POST', { lifetime: 5 })).status, 400);
      assert.equal((await control(core, 'tokens')).status, 405);

      const extras = await control(core, 'tokens', 'POST', dam.tokenExtras.body);
      if (dam.tokenExtras.answer === undefined) {
        assert.equal(extras.status, 400, 'a field of the other DAM');
      } else {
        assert.equal(extras.status, 200);
        const answer = await json(extras);
        for (const [key, value] of Object.entries(dam.tokenExtras.answer)) assert.equal(answer[key], value, key);
      }
    });

    it('describes its data', async () => {
      const core = dam.create();
      const data = await json(control(core, 'data'));
      for (const key of dam.dataKeys) assert.ok(key in data, key);
      assert.equal((await control(core, 'data', 'POST', {})).status, 405);
    });

    it('has no control routes outside test mode, and no unknown ones in it', async () => {
      const off = dam.create(false);
      for (const [path, method] of [
        ['faults', 'GET'],
        ['faults', 'POST'],
        ['reset', 'POST'],
        ['requests', 'GET'],
        ['requests', 'DELETE'],
        ['tokens', 'POST'],
        ['data', 'GET'],
        ...dam.moreControl.map((path) => [path, 'GET'] as const),
      ]) {
        for (const verb of [method, 'OPTIONS']) {
          assert.equal(
            await off.handle(new Request(`${dam.origin}/__emulator/${path}`, { method: verb, headers: { Origin: APP_ORIGIN } })),
            undefined,
            `${verb} ${path}`,
          );
        }
      }
      const on = dam.create();
      for (const path of dam.moreControl) assert.equal((await control(on, path)).status, 200, path);
      assert.equal(await on.handle(new Request(`${dam.origin}/__emulator/nothing-here`)), undefined);
    });
  });

  describe(`${dam.name}: request pipeline`, () => {
    it('answers only its own origin', async () => {
      const core = dam.create();
      assert.equal(await core.handle(new Request(`http://elsewhere.test${dam.api.path}`)), undefined);
      assert.equal(await core.handle(new Request(`${dam.origin}/no/such/route`)), undefined);
    });

    it('answers preflights (API and control routes) for allowed origins only, without logging them', async () => {
      const core = dam.create();
      for (const path of [dam.api.path, '/__emulator/faults']) {
        const preflight = (origin: string) =>
          core.handle(
            new Request(`${dam.origin}${path}`, {
              method: 'OPTIONS',
              headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, x-custom' },
            }),
          );
        const allowed = await preflight(APP_ORIGIN);
        assert.equal(allowed?.status, 204, path);
        assert.equal(allowed.headers.get(ACAO), APP_ORIGIN);
        assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
        assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /x-custom/);
        const refused = await preflight(OTHER_ORIGIN);
        assert.equal(refused?.status, 204);
        assert.equal(refused.headers.get(ACAO), null);
        assert.equal(refused.headers.get('access-control-allow-methods'), null);
        assert.match(refused.headers.get('vary') ?? '', /Origin/);
      }
      assert.deepEqual(core.requests.entries, []);
    });

    it('puts CORS headers on error answers too (401, 405, fault), for allowed origins only', async () => {
      const core = dam.create();
      core.faults.inject({ endpoint: dam.api.endpoint, status: 503, times: 2 });
      for (const origin of [APP_ORIGIN, OTHER_ORIGIN]) {
        const errors = [
          await call(core, dam.api.path, { token: null, method: 'DELETE', headers: { Origin: origin } }),
          await call(core, dam.api.path, { headers: { Origin: origin } }),
        ];
        core.faults.clear();
        errors.push(await call(core, dam.api.path, { token: null, headers: { Origin: origin } }));
        assert.deepEqual(
          errors.map((r) => r.status),
          [405, 503, 401],
        );
        for (const response of errors) {
          assert.equal(response.headers.get(ACAO), origin === APP_ORIGIN ? APP_ORIGIN : null, `${response.status} for ${origin}`);
          assert.match(response.headers.get('vary') ?? '', /Origin/);
        }
        core.faults.inject({ endpoint: dam.api.endpoint, status: 503, times: 1 });
      }
    });

    it('answers 401 with the DAM error body and a Bearer challenge', async () => {
      const core = dam.create();
      const response = await call(core, dam.api.path, { token: 'not-a-token' });
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), dam.unauthorized);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="/);
    });

    /** How long a call takes, in ms (it must not fail with a 5xx). */
    const timed = async (run: () => Promise<Response>): Promise<number> => {
      const start = performance.now();
      assert.ok((await run()).status < 500);
      return performance.now() - start;
    };

    it('delays API routes by latencyMs, not public or control routes', async () => {
      const core = dam.create();
      const route = dam.publicRoute(core);
      await call(core, route.path, { token: null }); // warm caches
      core.faults.setLatency(400);
      const api = await timed(() => call(core, dam.api.path));
      const image = await timed(() => call(core, route.path, { token: null }));
      const controlCall = await timed(() => control(core, 'faults'));
      assert.ok(api >= 390, `API ${api} ms`);
      assert.ok(image < 300, `public ${image} ms`);
      assert.ok(controlCall < 300, `control ${controlCall} ms`);
    });

    it('delays a preflight as the request it asks for: by latencyMs on an API route, not on a control route', async () => {
      const core = dam.create();
      const preflight = (path: string) =>
        core.handle(
          new Request(`${dam.origin}${path}`, {
            method: 'OPTIONS',
            headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
          }),
        ) as Promise<Response>;
      core.faults.setLatency(400);
      const api = await timed(() => preflight(dam.api.path));
      const controlCall = await timed(() => preflight('/__emulator/faults'));
      assert.ok(api >= 390, `API preflight ${api} ms`);
      assert.ok(controlCall < 300, `control preflight ${controlCall} ms`);
    });

    it('delays public routes by publicLatencyMs, not API routes', async () => {
      const core = dam.create();
      const route = dam.publicRoute(core);
      await call(core, route.path, { token: null }); // warm caches
      core.faults.setPublicLatency(400);
      const image = await timed(() => call(core, route.path, { token: null }));
      const api = await timed(() => call(core, dam.api.path));
      assert.ok(image >= 390, `public ${image} ms`);
      assert.ok(api < 300, `API ${api} ms`);
    });

    it('answers an injected fault before checking the token, with Retry-After', async () => {
      const core = dam.create();
      core.faults.inject({ endpoint: dam.api.endpoint, status: 503, retryAfter: 3 });
      const fault = await call(core, dam.api.path, { token: null });
      assert.equal(fault.status, 503);
      assert.equal(fault.headers.get('retry-after'), '3');
      assert.match(fault.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
      assert.deepEqual(withoutTime(await fault.json()), dam.fault503);
      assert.equal((await call(core, dam.api.path, { token: null })).status, 401, 'one fault, then the token check');
    });

    it('hits API routes with rules without endpoint, public routes only by name', async () => {
      const core = dam.create();
      const route = dam.publicRoute(core);
      core.faults.inject({ status: 502 });
      assert.equal((await call(core, route.path, { token: null })).status, 200, 'an unnamed rule leaves public routes alone');
      assert.equal((await call(core, dam.api.path)).status, 502);
      core.faults.inject({ endpoint: route.endpoint, status: 503 });
      assert.equal((await call(core, route.path, { token: null })).status, 503);
      assert.equal((await call(core, route.path, { token: null })).status, 200);
    });

    it('answers 405 with Allow before the fault and the token check, and logs it', async () => {
      const core = dam.create();
      core.faults.inject({ endpoint: dam.api.endpoint, status: 503 });
      const response = await call(core, dam.api.path, { method: 'DELETE', token: null });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('Allow'), 'GET');
      assert.deepEqual(withoutTime(await response.json()), dam.api.methodNotAllowed('DELETE'));
      assert.equal(core.faults.pending.length, 1, 'the fault is still pending');
      assert.deepEqual(
        core.requests.entries.map((e) => [e.method, e.endpoint]),
        [['DELETE', dam.api.endpoint]],
      );
      const route = dam.publicRoute(core);
      const image = await call(core, route.path, { method: 'PUT', token: null, body: 'x' });
      assert.equal(image.status, 405);
      assert.match(image.headers.get('Allow') ?? '', /^GET, HEAD$/);
    });
  });
}
