import type { Metadata } from "next";
import { SOURCE_TYPES, roleAtLeast } from "@claimdesk/schemas";
import { FilterActions, FilterSelect, FilterText } from "@/components/list-filters";
import { ListPageHead } from "@/components/list-page-head";
import { sourceTypeOptions } from "@/components/form/options";
import { ListProblem } from "@/components/list-problem";
import { ListCount } from "@/components/list-count";
import { PageNav } from "@/components/page-nav";
import { SourcesTable } from "@/components/sources-table";
import { loadList, oneOfParam, param, type SearchParams } from "@/lib/list-query";
import { currentActor, serverApi } from "@/lib/server-api";

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
  const canCreate = roleAtLeast((await currentActor()).role, "EDITOR");
  const result = await loadList(async () => (await serverApi()).source.list({ ...filters, cursor }));
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <ListPageHead title="Sources" newLink={canCreate ? { href: "/sources/new", label: "New source" } : null} />
      <form method="get" action="/sources" role="search" aria-label="Filter sources" className="filters">
        <FilterText name="publisher" label="Publisher" value={filters.publisher} />
        <FilterSelect name="type" label="Type" anyLabel="Any type" value={filters.type} options={sourceTypeOptions} />
        <FilterText name="q" label="Search sources" type="search" value={filters.q} />
        <FilterActions clearHref="/sources" filtered={filtered} />
      </form>
      {!result.ok ? (
        <ListProblem problem={result.problem} resetHref="/sources" />
      ) : result.page.items.length === 0 ? (
        <p className="empty">{filtered || cursor ? "No sources match." : "No sources recorded yet."}</p>
      ) : (
        <>
          <ListCount count={result.page.items.length} one="source" many="sources" paged={Boolean(cursor || result.page.nextCursor)} />
          <SourcesTable sources={result.page.items} />
          <PageNav path="/sources" filters={filters} cursor={cursor} nextCursor={result.page.nextCursor} />
        </>
      )}
    </>
  );
}
