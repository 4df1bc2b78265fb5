export const DAY = 86_400_000;
export const DEMO_BUSINESS = 'biz_demo';

/** Month `back` months before `now`, on the same day (at most the 28th) at 09:00 UTC. */
export function monthsBefore(now: number, back: number): number {
  const d = new Date(now);
  d.setUTCHours(9, 0, 0, 0);
  d.setUTCDate(Math.min(d.getUTCDate(), 28));
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.getTime();
}
