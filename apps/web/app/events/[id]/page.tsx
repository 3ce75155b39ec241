import type { Metadata } from "next";
import Link from "next/link";
import { CASUALTY_METRICS, roleAtLeast } from "@claimdesk/schemas";
import { DateTime } from "@/components/date-time";
import { DeleteButton } from "@/components/delete-button";
import { EventClaims } from "@/components/event-claims";
import { HistoryTimeline } from "@/components/history-timeline";
import { OrNotRecorded } from "@/components/not-recorded";
import { ResponsibilityBoard } from "@/components/responsibility/responsibility-board";
import { loadAllTallies, loadTally } from "@/components/tally/load-tally";
import { TallySection } from "@/components/tally/tally-section";
import { EventWordings } from "@/components/wording/event-wordings";
import { historyThrough, loadHistory } from "@/lib/history";
import { listHref, oneOfParam, param, type SearchParams } from "@/lib/list-query";
import { loadEvent } from "@/lib/record-loaders";
import { currentActor, serverApi } from "@/lib/server-api";
import "../../tally.css";
import "../../import.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  return { title: event.title };
}

export default async function EventPage({ params, searchParams }: Props) {
  const event = await loadEvent((await params).id);
  const canEdit = roleAtLeast((await currentActor()).role, "EDITOR");
  const query = await searchParams;
  const historyUpTo = historyThrough(param(query, "history"));
  const [history, tally, board] = await Promise.all([
    loadHistory({ eventId: event.id }, historyUpTo),
    loadTally(event.id, oneOfParam(query, "metric", CASUALTY_METRICS)),
    (await serverApi()).event.responsibility({ eventId: event.id }),
  ]);
  const tallies = await loadAllTallies(tally);
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

      <TallySection tally={tally} canEdit={canEdit} />
      <ResponsibilityBoard board={board} />
      <EventWordings claims={event.claims} tallies={tallies} rule={event.houseFigureRule} />

      <section aria-labelledby="claims-heading">
        <div className="section-head">
          <h2 id="claims-heading">Claims</h2>
          {canEdit ? (
            <div className="section-actions">
              <Link href={`/claims/new?eventId=${encodeURIComponent(event.id)}`} className="button button-primary">
                Add a claim to this event
              </Link>
              <Link href={`/events/${encodeURIComponent(event.id)}/import`} className="button">
                Import a report
              </Link>
            </div>
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
        claimTexts={Object.fromEntries(event.claims.map((claim) => [claim.id, claim.text]))}
        moreHref={history.nextCursor ? `${listHref(`/events/${event.id}`, { history: history.nextCursor })}#history-${history.nextCursor}` : null}
      />
    </>
  );
}
