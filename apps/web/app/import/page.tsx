import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { roleAtLeast } from "@claimdesk/schemas";
import { ImportWorkbench } from "@/components/import/import-workbench";
import { roleRefusalTitle } from "@/components/role-refusal";
import { eventOptions } from "@/lib/event-options";
import { param, type SearchParams } from "@/lib/list-query";
import { currentActor } from "@/lib/server-api";
import "../import.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "EDITOR") ? "Import a report" : roleRefusalTitle };
}

/** Paste a report, find its claims, and import the ones accepted, into the event chosen in the form. */
export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Viewers get this page's forbidden.tsx, with a 403.
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  const eventId = param(await searchParams, "eventId");
  const events = await eventOptions();
  const known = eventId && events.some((event) => event.value === eventId) ? eventId : undefined;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/claims">Claims</Link>
      </p>
      <h1>Import a report</h1>
      <p className="summary">
        Paste a report to find the claims in it: casualty figures, who is said to be responsible, statements. The claims you accept are recorded,
        each citing the report, in the event you choose.
      </p>
      <ImportWorkbench events={events} initialEventId={known} />
    </>
  );
}
