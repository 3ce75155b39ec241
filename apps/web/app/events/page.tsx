import type { Metadata } from "next";
import Link from "next/link";
import { roleAtLeast } from "@claimdesk/schemas";
import { ListPageHead } from "@/components/list-page-head";
import { DateTime } from "@/components/date-time";
import { ListProblem } from "@/components/list-problem";
import { OrNotRecorded } from "@/components/not-recorded";
import { ListCount } from "@/components/list-count";
import { PageNav } from "@/components/page-nav";
import { loadList, param, type SearchParams } from "@/lib/list-query";
import { currentActor, serverApi } from "@/lib/server-api";

export const metadata: Metadata = { title: "Events" };
export const dynamic = "force-dynamic";

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const cursor = param(params, "cursor");
  const canCreate = roleAtLeast((await currentActor()).role, "EDITOR");
  const result = await loadList(async () => (await serverApi()).event.list({ cursor }));

  return (
    <>
      <ListPageHead title="Events" newLink={canCreate ? { href: "/events/new", label: "New event" } : null} />
      {!result.ok ? (
        <ListProblem problem={result.problem} resetHref="/events" />
      ) : result.page.items.length === 0 ? (
        <p className="empty">No events recorded yet.</p>
      ) : (
        <>
          <ListCount count={result.page.items.length} one="event" many="events" paged={Boolean(cursor || result.page.nextCursor)} />
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">Events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Happened at</th>
                  <th scope="col">Place</th>
                  <th scope="col" className="num">
                    Claims
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.page.items.map((event) => (
                  <tr key={event.id}>
                    <td>
                      <Link href={`/events/${event.id}`}>{event.title}</Link>
                    </td>
                    <td className="nowrap">
                      <DateTime value={event.occurredAt} />
                    </td>
                    <td>
                      <OrNotRecorded value={event.location} />
                    </td>
                    <td className="num">{event._count.claims}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PageNav path="/events" filters={{}} cursor={cursor} nextCursor={result.page.nextCursor} />
        </>
      )}
    </>
  );
}
