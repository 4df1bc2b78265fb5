/**
 * The only URLs the kit renders or follows: absolute http(s). Anything else a server
 * sends (`javascript:`, `data:`, relative or protocol-relative) is refused.
 */
export function safeHttpUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !/^https?:\/\//i.test(raw)) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
