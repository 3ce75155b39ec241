import type { Metadata } from "next";
import Link from "next/link";
import { SOURCE_TYPES } from "@claimdesk/schemas";
import { FilterSelect } from "@/components/filter-select";
import { sourceTypeOptions } from "@/components/form/options";
import { ListProblem } from "@/components/list-problem";
import { PageNav } from "@/components/page-nav";
import { SourcesTable } from "@/components/sources-table";
import { loadList, oneOfParam, param, type SearchParams } from "@/lib/list-query";
import { serverApi } from "@/lib/server-api";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    publisher: param(params, "publisher"),
    type: oneOfParam(params, "type", SOURCE_TYPES),
    q: param(params, "q"),
  };
  const cursor = param(params, "cursor");
  const result = await loadList(() => serverApi().source.list({ ...filters, cursor }));
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <div className="page-head">
        <h1>Sources</h1>
        <Link href="/sources/new" className="button button-primary">
          New source
        </Link>
      </div>
      <form method="get" action="/sources" role="search" aria-label="Filter sources" className="filters">
        <div className="filter">
          <label htmlFor="filter-publisher">Publisher</label>
          <input id="filter-publisher" name="publisher" type="text" defaultValue={filters.publisher ?? ""} />
        </div>
        <FilterSelect name="type" label="Type" anyLabel="Any type" value={filters.type} options={sourceTypeOptions} />
        <div className="filter filter-search">
          <label htmlFor="sources-q">Search sources</label>
          <input id="sources-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <div className="filter filter-actions">
          <button type="submit" className="button">
            Apply filters
          </button>
          {filtered ? <Link href="/sources">Clear filters</Link> : null}
        </div>
      </form>
      {!result.ok ? (
        <ListProblem problem={result.problem} resetHref="/sources" />
      ) : result.page.items.length === 0 ? (
        <p className="empty">{filtered || cursor ? "No sources match." : "No sources recorded yet."}</p>
      ) : (
        <>
          <SourcesTable sources={result.page.items} />
          <PageNav path="/sources" filters={filters} cursor={cursor} nextCursor={result.page.nextCursor} />
        </>
      )}
    </>
  );
}
