import type { Metadata } from "next";
import { CLAIM_KINDS, CLAIM_STAGES, VERDICTS } from "@claimdesk/schemas";
import { ClaimsTable } from "@/components/claims-table";
import { FilterActions, FilterSelect, FilterText } from "@/components/list-filters";
import { ListPageHead } from "@/components/list-page-head";
import { kindOptions, stageOptions, verdictOptions } from "@/components/form/options";
import { ListProblem } from "@/components/list-problem";
import { PageNav } from "@/components/page-nav";
import { loadList, oneOfParam, param, type SearchParams } from "@/lib/list-query";
import { serverApi } from "@/lib/server-api";

export const metadata: Metadata = { title: "Claims" };
export const dynamic = "force-dynamic";

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    eventId: param(params, "eventId"),
    kind: oneOfParam(params, "kind", CLAIM_KINDS),
    stage: oneOfParam(params, "stage", CLAIM_STAGES),
    verdict: oneOfParam(params, "verdict", VERDICTS),
    q: param(params, "q"),
  };
  const cursor = param(params, "cursor");
  const [result, events] = await Promise.all([
    loadList(async () => (await serverApi()).claim.list({ ...filters, cursor })),
    (await serverApi()).event.list({ limit: 100 }),
  ]);
  const filtered = Object.values(filters).some(Boolean);
  const eventOptions = events.items.map((event) => ({ value: event.id, label: event.title }));
  // An event beyond the first hundred can still be filtered on from its own page's link.
  if (filters.eventId && !eventOptions.some((option) => option.value === filters.eventId)) {
    eventOptions.push({ value: filters.eventId, label: "The chosen event" });
  }

  return (
    <>
      <ListPageHead title="Claims" newHref="/claims/new" newLabel="New claim" />
      <form method="get" action="/claims" role="search" aria-label="Filter claims" className="filters">
        <FilterSelect
          name="eventId"
          label="Event"
          anyLabel="All events"
          value={filters.eventId}
          options={eventOptions}
        />
        <FilterSelect name="kind" label="Kind" anyLabel="Any kind" value={filters.kind} options={kindOptions} />
        <FilterSelect name="stage" label="Stage" anyLabel="Any stage" value={filters.stage} options={stageOptions} />
        <FilterSelect name="verdict" label="Verdict" anyLabel="Any verdict" value={filters.verdict} options={verdictOptions} />
        <FilterText name="q" label="Search claims" type="search" value={filters.q} />
        <FilterActions clearHref="/claims" filtered={filtered} />
      </form>
      {!result.ok ? (
        <ListProblem problem={result.problem} resetHref="/claims" />
      ) : result.page.items.length === 0 ? (
        <p className="empty">{filtered || cursor ? "No claims match." : "No claims recorded yet."}</p>
      ) : (
        <>
          <ClaimsTable claims={result.page.items} caption={filtered ? "Claims matching the filters, newest first" : "Claims, newest first"} />
          <PageNav path="/claims" filters={filters} cursor={cursor} nextCursor={result.page.nextCursor} />
        </>
      )}
    </>
  );
}
