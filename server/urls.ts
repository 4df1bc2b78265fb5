import type { ServerConfig } from './config.js';
import type { PortalConfigurationBodyT } from './contract/configuration.js';
import { effectiveOrigins } from './domain/configuration.js';
import { errors } from './errors.js';

/**
 * Every return URL and link-out URL: https (or http on localhost in demo mode) and on an
 * allowed origin. Throws a 400 naming `param` otherwise.
 */
export function checkReturnUrl(raw: string, config: ServerConfig, param: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw errors.invalid(`${param} must be an absolute URL.`, param);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && local && config.demo);
  if (!schemeOk) throw errors.invalid(`${param} must use https.`, param);
  if (!config.allowedOrigins.includes(url.origin)) {
    throw errors.invalid(`${param}'s origin ${url.origin} is not an allowed origin.`, param);
  }
  return url;
}

/**
 * The origins, besides the API's own (hosted pages, PDFs), that the portal may link to
 * or send the customer to (bootstrap `link_origins`): the allowed origins, where return
 * URLs live, and the origins of the links the business configured — privacy policy,
 * terms, logo, default return URL — and of the session's return URL. The kit refuses
 * a link anywhere else, so a URL that slipped into data cannot take the customer away.
 */
export function linkOrigins(config: ServerConfig, body: PortalConfigurationBodyT, sessionReturnUrl: string | null): string[] {
  const origins = new Set(effectiveOrigins(config, body));
  const configured = [
    body.business_profile.privacy_policy_url,
    body.business_profile.terms_of_service_url,
    body.branding.logo_url,
    body.branding.icon_url,
    body.default_return_url,
    body.portal_url,
    sessionReturnUrl,
  ];
  for (const raw of configured) {
    const url = raw ? URL.parse(raw) : null;
    if (url && (url.protocol === 'https:' || url.protocol === 'http:')) origins.add(url.origin);
  }
  return [...origins];
}
