import { serverApi } from "@/lib/server-api";

export default async function EventsPage() {
  const events = await serverApi().event.list({ limit: 50 });
  return (
    <ul>
      {events.items.map((event) => (
        <li key={event.id}>{event.title}</li>
      ))}
    </ul>
  );
}
