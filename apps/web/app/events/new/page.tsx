import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { roleAtLeast } from "@claimdesk/schemas";
import { EventForm } from "@/components/event-form";
import { eventFormValues } from "@/components/event-form-values";
import { roleRefusalTitle } from "@/components/role-refusal";
import { currentActor } from "@/lib/server-api";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "EDITOR") ? "New event" : roleRefusalTitle };
}

export default async function NewEventPage() {
  // Viewers get this page's forbidden.tsx, with a 403.
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  return (
    <>
      <h1>New event</h1>
      <EventForm mode="create" initialValues={eventFormValues()} cancelHref="/events" />
    </>
  );
}
