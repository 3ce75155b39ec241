import "server-only";
import { serverApi } from "./server-api";

/** The events a claim can be filed under, newest first, as select options. */
export async function eventOptions(): Promise<Array<{ value: string; label: string }>> {
  const events = await (await serverApi()).event.list({ limit: 100 });
  return events.items.map((event) => ({ value: event.id, label: event.title }));
}
