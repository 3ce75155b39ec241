import type { Metadata } from "next";
import Link from "next/link";
import { roleAtLeast } from "@claimdesk/schemas";
import { DateTime } from "@/components/date-time";
import { DeleteButton } from "@/components/delete-button";
import { EventClaims } from "@/components/event-claims";
import { HistoryTimeline } from "@/components/history-timeline";
import { OrNotRecorded } from "@/components/not-recorded";
import { historyThrough, loadHistory } from "@/lib/history";
import { listHref, param, type SearchParams } from "@/lib/list-query";
import { loadEvent } from "@/lib/record-loaders";
import { currentActor } from "@/lib/server-api";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  return { title: event.title };
}

export default async function EventPage({ params, searchParams }: Props) {
  const event = await loadEvent((await params).id);
  const canEdit = roleAtLeast((await currentActor()).role, "EDITOR");
  const historyUpTo = historyThrough(param(await searchParams, "history"));
  const history = await loadHistory({ eventId: event.id }, historyUpTo);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/events">Events</Link>
      </p>
      <div className="page-head">
        <h1>{event.title}</h1>
        {canEdit ? (
          <div className="page-actions">
            <Link href={`/events/${event.id}/edit`} className="button">
              Edit<span className="sr-only"> event</span>
            </Link>
            <DeleteButton
              target={{ kind: "event", id: event.id }}
              label="Delete event"
              question="Delete this event for good?"
              confirmLabel="Yes, delete the event"
              afterPath="/events"
            />
          </div>
        ) : null}
      </div>
      <dl className="facts-list">
        <div>
          <dt>Happened at</dt>
          <dd>
            <DateTime value={event.occurredAt} />
          </dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>
            <OrNotRecorded value={event.location} />
          </dd>
        </div>
      </dl>
      {event.summary ? <p className="summary">{event.summary}</p> : null}

      <section aria-labelledby="claims-heading">
        <div className="section-head">
          <h2 id="claims-heading">Claims</h2>
          {canEdit ? (
            <Link href={`/claims/new?eventId=${encodeURIComponent(event.id)}`} className="button button-primary">
              Add a claim to this event
            </Link>
          ) : null}
        </div>
        <EventClaims claims={event.claims} />
        {event.claims.length > 0 ? (
          <p>
            <Link href={`/claims?eventId=${encodeURIComponent(event.id)}`}>Filter and search these claims in the claims list</Link>
          </p>
        ) : null}
      </section>

      <HistoryTimeline
        entries={history.items}
        on="event"
        names={{ [event.id]: event.title }}
        moreHref={history.nextCursor ? `${listHref(`/events/${event.id}`, { history: history.nextCursor })}#history-${history.nextCursor}` : null}
      />
    </>
  );
}
