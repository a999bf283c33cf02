// The part of @bynder/bynder-js-sdk 2.5.2 (plain JavaScript, no types of its own) the conformance
// suite calls. Answers are the API's JSON as the SDK hands it over.
declare module '@bynder/bynder-js-sdk' {
  interface BynderOptions {
    baseURL: string;
    clientId?: string;
    clientSecret?: string;
    redirectUri?: string;
    token?: { access_token: string; refresh_token?: string; expires_in?: number; token_type?: string; expires_at?: string | number };
    permanentToken?: string;
  }
  type Json = Record<string, unknown>;
  interface UploadProgress {
    action: string;
    completed?: string;
    chunksUploaded: number;
    chunks?: number;
  }
  export default class Bynder {
    constructor(options: BynderOptions);
    makeAuthorizationURL(state: string, scope: string): string;
    getMediaList(params?: Json): Promise<Json[]>;
    getMediaInfo(params: Json & { id: string }): Promise<Json>;
    getAllMediaItems(params?: Json): Promise<Json[]>;
    getMediaTotal(params?: Json): Promise<number>;
    editMedia(params: Json & { id: string }): Promise<Json>;
    getMetaproperties(params?: Json): Promise<Json[]>;
    getMetaproperty(params: { id: string }): Promise<Json>;
    getCollections(params?: Json): Promise<Json[] | { count: number; collections: Json[] }>;
    getCollection(params: { id: string }): Promise<Json>;
    getBrands(): Promise<Json[]>;
    getClosestUploadEndpoint(): Promise<string>;
    uploadFile(
      file: { filename: string; body: Buffer; length: number; data: Json & { brandId: string } },
      progress?: (progress: UploadProgress) => void,
    ): Promise<Json>;
    /** The SDK's transport (token refresh, base URL, trailing slash), for operations it has no method for. */
    readonly api: { send(method: string, path: string, data?: Json): Promise<unknown> };
  }
}
