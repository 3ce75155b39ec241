// <input type="datetime-local"> values read as UTC: what the editor types is what is stored and shown.

/** A stored time as the input's value: "2024-03-24T00:00" (with seconds only when it has some). */
export function toUtcInputValue(date: Date | null | undefined): string {
  if (!date) return "";
  const iso = date.toISOString();
  return date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0 ? iso.slice(0, 16) : iso.slice(0, 19);
}

/** The input's value as a Date in UTC; undefined when empty. An unreadable value gives an invalid Date for the schema to refuse. */
export function fromUtcInputValue(value: string): Date | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return new Date(/(Z|[+-]\d\d:\d\d)$/.test(trimmed) ? trimmed : `${trimmed}Z`);
}
