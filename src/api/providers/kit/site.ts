// The integrator's `site` attribute as a URL: a bare host name (`acme.example.com`) means https.
import { safeHttpUrl } from '../../url.js';

/** The site as an absolute http(s) URL, or `undefined` when it is not one. */
export function siteUrl(site: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(site) ? site : `https://${site}`;
  return safeHttpUrl(withScheme);
}

/** The site's origin (`https://acme.example.com`), or `undefined` when it is not an http(s) URL. */
export function siteOrigin(site: string): string | undefined {
  const url = siteUrl(site);
  return url === undefined ? undefined : new URL(url).origin;
}
