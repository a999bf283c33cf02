// The small part of oidc-provider 9's API the emulator uses (the package ships no types and
// @types/oidc-provider lags behind its majors).

declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface KoaContext {
    readonly path: string;
    readonly method: string;
    req: IncomingMessage;
    status: number;
    body: unknown;
    type: string;
    get(field: string): string;
    set(field: string, value: string): void;
    remove(field: string): void;
    is(...types: string[]): string | false | null;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, string | undefined>;
    session?: { accountId: string; uid: string };
    grantId?: string;
    returnTo: string;
  }

  export interface GrantInstance {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface AccessTokenInstance {
    jti: string;
    exp: number;
    clientId: string;
    scope?: string;
    readonly isExpired: boolean;
  }

  /** What a grant type handler sees of a token request. */
  export interface TokenRequestContext extends KoaContext {
    oidc: {
      client: { clientId: string; clientAuthMethod: string; grantTypeAllowed(type: string): boolean };
      params: Record<string, string | undefined>;
    };
  }

  interface IssuedToken {
    readonly expiration: number;
    save(): Promise<string>;
  }

  export interface ClientInstance {
    clientId: string;
    redirectUriAllowed(value: string): boolean;
  }

  export type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export class Provider {
    constructor(issuer: string, configuration?: Record<string, unknown>);
    readonly issuer: string;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: Middleware): this;
    on(event: string, listener: (...args: never[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    Grant: {
      new (properties: { accountId: string; clientId: string }): GrantInstance;
      find(id: string): Promise<GrantInstance | undefined>;
    };
    AccessToken: {
      new (properties: { accountId: string; client: unknown; grantId: string; gty: string; scope: string }): IssuedToken;
      find(token: string, options?: { ignoreExpiration?: boolean }): Promise<AccessTokenInstance | undefined>;
    };
    RefreshToken: new (properties: { accountId: string; client: unknown; grantId: string; gty: string; scope: string }) => IssuedToken;
    registerGrantType(name: string, handler: (ctx: TokenRequestContext) => Promise<void>, parameters?: readonly string[]): void;
    Client: { prototype: ClientInstance };
  }

  export const errors: {
    InvalidRequest: new (description?: string) => Error;
    InvalidGrant: new (description?: string) => Error;
    InvalidScope: new (description?: string, scope?: string) => Error;
    UnauthorizedClient: new (description?: string) => Error;
  };

  export default Provider;
}
