// Instants in review messages read as the office reads them: Beijing time (UTC+8, no daylight
// saving), to the minute.

export function formatInstantShort(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const shifted = new Date(ms + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}
