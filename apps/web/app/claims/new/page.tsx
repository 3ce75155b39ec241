import type { Metadata } from "next";
import { roleAtLeast } from "@claimdesk/schemas";
import { ClaimForm } from "@/components/claim-form";
import { claimFormValues } from "@/components/claim-form-values";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { eventOptions } from "@/lib/event-options";
import { param, type SearchParams } from "@/lib/list-query";
import { currentActor } from "@/lib/server-api";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "EDITOR") ? "New claim" : roleRefusalTitle };
}

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const eventId = param(await searchParams, "eventId");
  const actor = await currentActor();
  if (!roleAtLeast(actor.role, "EDITOR")) {
    return (
      <RoleRefusal
        role={actor.role}
        needs="EDITOR"
        doing="record a claim"
        things="claims"
        backHref={eventId ? `/events/${encodeURIComponent(eventId)}` : "/claims"}
        backLabel={eventId ? "Back to the event" : "Back to the claims"}
      />
    );
  }
  const events = await eventOptions();
  const known = eventId && events.some((event) => event.value === eventId) ? eventId : undefined;
  return (
    <>
      <h1>New claim</h1>
      <ClaimForm mode="create" initialValues={claimFormValues(undefined, known)} events={events} cancelHref={known ? `/events/${known}` : "/claims"} />
    </>
  );
}
