// /getAPIURL and /getCategoryInfo: the discovery call and the folder lookup.

import { documentedError, envelope, GUID_PATTERN, SUCCESS } from './http.js';
import type { EmulatedFolder } from './data.js';
import type { EmulatorModule, RouteRequest } from './routes.js';

/** `https://Acme.brandworkz.com/` → `acme.brandworkz.com`. */
function normaliseSite(value: string): string {
  return value
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split(/[/?#]/, 1)[0]!
    .toLowerCase();
}

function getAPIURL(req: RouteRequest): Response {
  const { options } = req.ctx;
  const clientURL = req.url.searchParams.get('clientURL');
  const detail = (rootCause: string) => ({ rootCause, endpointName: 'getAPIURL', method: 'get' });
  if (!clientURL || !clientURL.trim()) return documentedError('argument', detail('clientURL is required'));
  const site = normaliseSite(clientURL);
  const known = [normaliseSite(options.site), normaliseSite(options.apiOrigin)];
  if (!known.includes(site)) return documentedError('argument', detail(`Unknown clientURL '${site}'`));
  return envelope({
    result: SUCCESS,
    data: { api_url: options.apiOrigin, client_id: options.clientDb, version: options.apiVersion },
  });
}

function categoryInfo(req: RouteRequest): Response {
  const { data } = req.ctx;
  const params = req.url.searchParams;
  const detail = (rootCause: string) => ({ rootCause, endpointName: 'getCategoryInfo', method: 'get' });
  const id = params.get('categoryID')?.trim();
  const guid = (params.get('categoryGUID') ?? params.get('categoryGuid'))?.trim();
  let folder: EmulatedFolder | undefined;
  if (guid) {
    if (!GUID_PATTERN.test(guid)) return documentedError('argument', detail('categoryGUID must be a GUID'));
    folder = data.folderByGuid(guid);
    if (!folder) return documentedError('argument', detail(`No category with GUID ${guid}`));
  } else if (id !== undefined && id !== '') {
    if (!/^\d+$/.test(id)) return documentedError('argument', detail('categoryID must be a non-negative integer'));
    folder = Number(id) === 0 ? data.rootFolder : data.folderById(Number(id));
    if (!folder) return documentedError('argument', detail(`No category with ID ${id}`));
  } else {
    return documentedError('argument', detail('categoryID or categoryGUID is required'));
  }
  const parent = folder.parentGuid ? data.folderByGuid(folder.parentGuid) : undefined;
  return envelope({
    result: SUCCESS,
    data: {
      categoryGuid: folder.guid,
      categoryID: folder.categoryID,
      name: folder.title,
      description: folder.description,
      assetType: folder.assetType,
      parentCategoryGuid: parent?.guid ?? null,
      parentCategoryID: parent?.categoryID ?? null,
      path: data.ancestors(folder.guid).map((f) => ({ categoryGuid: f.guid, categoryID: f.categoryID, name: f.title, assetType: f.assetType })),
      objectURL: folder.objectURL,
    },
  });
}

export const discoveryModule: EmulatorModule = {
  routes: [
    {
      kind: 'api',
      token: false,
      pattern: /^\/getAPIURL\/?$/,
      methods: ['GET'],
      endpoint: 'getAPIURL',
      handle: getAPIURL,
    },
  ],
  apiEndpoints: [{ name: 'getCategoryInfo', methods: ['GET'], handle: categoryInfo }],
};
