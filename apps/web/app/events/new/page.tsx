import type { Metadata } from "next";
import { roleAtLeast } from "@claimdesk/schemas";
import { EventForm } from "@/components/event-form";
import { eventFormValues } from "@/components/event-form-values";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { currentActor } from "@/lib/server-api";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "EDITOR") ? "New event" : roleRefusalTitle };
}

export default async function NewEventPage() {
  const actor = await currentActor();
  if (!roleAtLeast(actor.role, "EDITOR")) {
    return <RoleRefusal role={actor.role} needs="EDITOR" doing="record an event" things="events" backHref="/events" backLabel="Back to the events" />;
  }
  return (
    <>
      <h1>New event</h1>
      <EventForm mode="create" initialValues={eventFormValues()} cancelHref="/events" />
    </>
  );
}
