// "3 h ago", "in 2 days": how long ago (or how soon) a time is. Shown only beside the absolute time, never
// instead of it; computed when the page is rendered on the server.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function amount(seconds: number): string {
  if (seconds < HOUR) return `${Math.max(1, Math.round(seconds / MINUTE))} min`;
  if (seconds < DAY) return `${Math.round(seconds / HOUR)} h`;
  const days = Math.round(seconds / DAY);
  if (days < 60) return days === 1 ? "1 day" : `${days} days`;
  const months = Math.round(days / 30.4);
  if (months < 24) return `${months} months`;
  return `${Math.round(days / 365.25)} years`;
}

export function relativeTime(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  return seconds < 0 ? `${amount(-seconds)} ago` : `in ${amount(seconds)}`;
}

/** True once the time has come (a re-check date that is due). Server rendering: "now" is the request's time. */
export function hasPassed(date: Date | null | undefined, now: Date = new Date()): boolean {
  return date != null && date.getTime() <= now.getTime();
}
