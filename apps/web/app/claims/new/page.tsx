import type { Metadata } from "next";
import { ClaimForm } from "@/components/claim-form";
import { claimFormValues } from "@/components/claim-form-values";
import { eventOptions } from "@/lib/event-options";
import { param, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "New claim" };
export const dynamic = "force-dynamic";

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
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
