import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { roleAtLeast } from "@claimdesk/schemas";
import { ClaimForm } from "@/components/claim-form";
import { claimFormValues } from "@/components/claim-form-values";
import { roleRefusalTitle } from "@/components/role-refusal";
import { eventOptions } from "@/lib/event-options";
import { param, type SearchParams } from "@/lib/list-query";
import { currentActor } from "@/lib/server-api";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "EDITOR") ? "New claim" : roleRefusalTitle };
}

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Viewers get this page's forbidden.tsx, with a 403.
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  const eventId = param(await searchParams, "eventId");
  const events = await eventOptions();
  const known = eventId && events.some((event) => event.value === eventId) ? eventId : undefined;
  return (
    <>
      <h1>New claim</h1>
      <ClaimForm mode="create" initialValues={claimFormValues(undefined, known)} events={events} cancelHref={known ? `/events/${known}` : "/claims"} />
    </>
  );
}
