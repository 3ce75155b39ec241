import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { roleAtLeast } from "@claimdesk/schemas";
import { ImportWorkbench } from "@/components/import/import-workbench";
import { roleRefusalTitle } from "@/components/role-refusal";
import { loadEvent } from "@/lib/record-loaders";
import { currentActor } from "@/lib/server-api";
import "../../../import.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) return { title: roleRefusalTitle };
  return { title: `Import a report: ${event.title}` };
}

/** Paste a report, find its claims, and import the ones accepted into this event. */
export default async function ImportIntoEventPage({ params }: Props) {
  const event = await loadEvent((await params).id);
  // Viewers get this page's forbidden.tsx, with a 403 (an unknown id is still a 404, whoever asks).
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/events">Events</Link> › <Link href={`/events/${event.id}`}>{event.title}</Link>
      </p>
      <h1>Import a report</h1>
      <p className="summary">
        Paste a report to find the claims in it: casualty figures, who is said to be responsible, statements. The claims you accept are recorded in
        this event, each citing the report.
      </p>
      <ImportWorkbench event={{ id: event.id, title: event.title }} />
    </>
  );
}
