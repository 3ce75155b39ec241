import type { Metadata } from "next";
import { CLAIM_KINDS, CLAIM_STAGES, CLAIM_VIEWS, VERDICTS, roleAtLeast, roleLabel, type ClaimView } from "@claimdesk/schemas";
import { ClaimViews, claimViewLabel } from "@/components/claim-views";
import { ClaimsTable } from "@/components/claims-table";
import { FilterActions, FilterSelect, FilterText } from "@/components/list-filters";
import { ListPageHead } from "@/components/list-page-head";
import { kindOptions, stageOptions, verdictOptions } from "@/components/form/options";
import { ListProblem } from "@/components/list-problem";
import { ListCount } from "@/components/list-count";
import { PageNav } from "@/components/page-nav";
import { listHref, loadList, oneOfParam, param, type SearchParams } from "@/lib/list-query";
import { currentActor, serverApi } from "@/lib/server-api";
import { eventOption } from "@/lib/event-options";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const view = oneOfParam(await searchParams, "view", CLAIM_VIEWS);
  return { title: view ? `Claims: ${claimViewLabel(view)}` : "Claims" };
}

const emptyView: Record<ClaimView, string> = {
  MINE: "No claims are assigned to you.",
  WAITING_FOR_REVIEW: "No claims are waiting for review.",
  DUE_FOR_RECHECK: "No claims are due for re-check.",
};

const captionView: Record<ClaimView, string> = {
  MINE: "Claims assigned to you",
  WAITING_FOR_REVIEW: "Claims waiting for review",
  DUE_FOR_RECHECK: "Claims due for re-check",
};

export default async function ClaimsPage({ searchParams }: Props) {
  const params = await searchParams;
  const view = oneOfParam(params, "view", CLAIM_VIEWS);
  const filters = {
    eventId: param(params, "eventId"),
    kind: oneOfParam(params, "kind", CLAIM_KINDS),
    stage: oneOfParam(params, "stage", CLAIM_STAGES),
    verdict: oneOfParam(params, "verdict", VERDICTS),
    assigneeId: param(params, "assigneeId"),
    q: param(params, "q"),
  };
  const cursor = param(params, "cursor");
  const actor = await currentActor();
  const api = await serverApi();
  const [result, events, assignees] = await Promise.all([
    loadList(() => api.claim.list({ ...filters, view, cursor })),
    api.event.list({ limit: 100 }),
    api.user.assignees(),
  ]);
  const filtered = Object.values(filters).some(Boolean);
  const eventOptions = events.items.map(eventOption);
  // An event beyond the first hundred can still be filtered on from its own page's link.
  if (filters.eventId && !eventOptions.some((option) => option.value === filters.eventId)) {
    eventOptions.push({ value: filters.eventId, label: "The chosen event" });
  }
  const assigneeOptions = assignees.map((person) => ({ value: person.id, label: `${person.name} (${roleLabel[person.role]})` }));
  if (filters.assigneeId && !assigneeOptions.some((option) => option.value === filters.assigneeId)) {
    assigneeOptions.push({ value: filters.assigneeId, label: "The chosen person" });
  }
  const viewHref = listHref("/claims", { view });
  const items = result.ok ? result.page.items : [];
  const showRecheck = view === "DUE_FOR_RECHECK" || items.some((claim) => claim.recheckAt !== null);
  const caption = `${view ? captionView[view] : "Claims"}${filtered ? " matching the filters" : ""}, newest first`;

  return (
    <>
      <ListPageHead title="Claims" newLink={roleAtLeast(actor.role, "EDITOR") ? { href: "/claims/new", label: "New claim" } : null} />
      <ClaimViews current={view} filters={filters} showMine={roleAtLeast(actor.role, "EDITOR")} />
      <form method="get" action="/claims" role="search" aria-label="Filter claims" className="filters">
        {view ? <input type="hidden" name="view" value={view} /> : null}
        <FilterSelect name="eventId" label="Event" anyLabel="All events" value={filters.eventId} options={eventOptions} />
        <FilterSelect name="kind" label="Kind" anyLabel="Any kind" value={filters.kind} options={kindOptions} />
        <FilterSelect name="stage" label="Stage" anyLabel="Any stage" value={filters.stage} options={stageOptions} />
        <FilterSelect name="verdict" label="Verdict" anyLabel="Any verdict" value={filters.verdict} options={verdictOptions} />
        <FilterSelect name="assigneeId" label="Assigned to" anyLabel="Anyone or no one" value={filters.assigneeId} options={assigneeOptions} />
        <FilterText name="q" label="Search claims" type="search" value={filters.q} />
        <FilterActions clearHref={viewHref} filtered={filtered} />
      </form>
      {!result.ok ? (
        <ListProblem problem={result.problem} resetHref={viewHref} />
      ) : result.page.items.length === 0 ? (
        <p className="empty">{filtered || cursor ? "No claims match." : view ? emptyView[view] : "No claims recorded yet."}</p>
      ) : (
        <>
          <ListCount count={result.page.items.length} one="claim" many="claims" paged={Boolean(cursor || result.page.nextCursor)} />
          <ClaimsTable claims={result.page.items} caption={caption} showRecheck={showRecheck} />
          <PageNav path="/claims" filters={{ view, ...filters }} cursor={cursor} nextCursor={result.page.nextCursor} />
        </>
      )}
    </>
  );
}
