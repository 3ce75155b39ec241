import type { Metadata } from "next";
import Link from "next/link";
import { CLAIM_KINDS, CLAIM_STAGES, VERDICTS } from "@claimdesk/schemas";
import { ClaimsTable } from "@/components/claims-table";
import { FilterSelect } from "@/components/filter-select";
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
    loadList(() => serverApi().claim.list({ ...filters, cursor })),
    serverApi().event.list({ limit: 100 }),
  ]);
  const filtered = Object.values(filters).some(Boolean);
  const eventOptions = events.items.map((event) => ({ value: event.id, label: event.title }));
  // An event beyond the first hundred can still be filtered on from its own page's link.
  if (filters.eventId && !eventOptions.some((option) => option.value === filters.eventId)) {
    eventOptions.push({ value: filters.eventId, label: "The chosen event" });
  }

  return (
    <>
      <div className="page-head">
        <h1>Claims</h1>
        <Link href="/claims/new" className="button button-primary">
          New claim
        </Link>
      </div>
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
        <div className="filter filter-search">
          <label htmlFor="claims-q">Search claims</label>
          <input id="claims-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <div className="filter filter-actions">
          <button type="submit" className="button">
            Apply filters
          </button>
          {filtered ? <Link href="/claims">Clear filters</Link> : null}
        </div>
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
