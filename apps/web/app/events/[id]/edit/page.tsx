import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { roleAtLeast } from "@claimdesk/schemas";
import { EventForm } from "@/components/event-form";
import { eventFormValues } from "@/components/event-form-values";
import { roleRefusalTitle } from "@/components/role-refusal";
import { loadEvent } from "@/lib/record-loaders";
import { currentActor } from "@/lib/server-api";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) return { title: roleRefusalTitle };
  return { title: `Edit ${event.title}` };
}

export default async function EditEventPage({ params }: Props) {
  const event = await loadEvent((await params).id);
  // Viewers get this page's forbidden.tsx, with a 403 (an unknown id is still a 404, whoever asks).
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/events">Events</Link> › <Link href={`/events/${event.id}`}>{event.title}</Link>
      </p>
      <h1>Edit event</h1>
      <EventForm mode="edit" id={event.id} initialValues={eventFormValues(event)} cancelHref={`/events/${event.id}`} />
    </>
  );
}
