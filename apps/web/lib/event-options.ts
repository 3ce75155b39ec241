import "server-only";
import { formatDate } from "./format-date";
import { serverApi } from "./server-api";

/** An event as a select option: its title, and its date so that events with one title can be told apart. */
export function eventOption(event: { id: string; title: string; occurredAt: Date | null }): { value: string; label: string } {
  return { value: event.id, label: event.occurredAt ? `${event.title} (${formatDate(event.occurredAt)})` : event.title };
}

/** The events a claim can be filed under, newest first, as select options. */
export async function eventOptions(): Promise<Array<{ value: string; label: string }>> {
  const events = await (await serverApi()).event.list({ limit: 100 });
  return events.items.map(eventOption);
}
