import type { ServerConfig } from './config.js';
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
