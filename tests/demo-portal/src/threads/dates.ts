// Converts the data's relative times into dates, anchored once at page load.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const loadedAt = Date.now();

export const hoursAgo = (hours: number): Date => new Date(loadedAt - hours * HOUR_MS);
export const daysAgo = (days: number): Date => new Date(loadedAt - days * DAY_MS);

/** A birth date giving exactly `ageYears` today (birthday ~4 months ago). */
export function birthDateForAge(ageYears: number): Date {
  const date = new Date(loadedAt);
  date.setFullYear(date.getFullYear() - ageYears);
  date.setMonth(date.getMonth() - 4);
  return date;
}

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

const dateFormat = new Intl.DateTimeFormat('en-US', { month: '2-digit', day: '2-digit', year: 'numeric' });
const stampFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

export const formatDate = (date: Date): string => dateFormat.format(date);
export const formatStamp = (date: Date): string => stampFormat.format(date);

export function formatAge(date: Date, now = Date.now()): string {
  const hours = Math.floor((now - date.getTime()) / HOUR_MS);
  if (hours < 1) return 'just now';
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
