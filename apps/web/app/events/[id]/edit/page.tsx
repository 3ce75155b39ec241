import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/event-form";
import { eventFormValues } from "@/components/event-form-values";
import { loadEvent } from "@/lib/record-loaders";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  return { title: `Edit ${event.title}` };
}

export default async function EditEventPage({ params }: Props) {
  const event = await loadEvent((await params).id);
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
