// How long the latest patient message has waited, and whether that is past the policy's limit.

export type ResponseTimeResult = { status: 'ok' | 'unknown' } | { status: 'overdue'; hours: number };

export function checkResponseTime(sentAt: string | null, now: Date, limitHours: number): ResponseTimeResult {
  if (!sentAt) return { status: 'unknown' };
  const hours = Math.floor((now.getTime() - new Date(sentAt).getTime()) / 3_600_000);
  if (Number.isNaN(hours)) return { status: 'unknown' };
  return hours > limitHours ? { status: 'overdue', hours } : { status: 'ok' };
}
