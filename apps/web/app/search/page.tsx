import type { Metadata } from "next";
import Link from "next/link";
import { SEARCH_TYPES } from "@claimdesk/schemas";
import { ListProblem } from "@/components/list-problem";
import { SearchGroupSection, groupTitle } from "@/components/search/search-results";
import { listHref, loadList, oneOfParam, param, type SearchParams } from "@/lib/list-query";
import { serverApi } from "@/lib/server-api";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = param(await searchParams, "q");
  return { title: q ? `Search: ${q}` : "Search" };
}

/** What the search box understands, said once on the page (and in the README). */
function SearchSyntax() {
  return (
    <details className="search-syntax">
      <summary>How to search</summary>
      <ul>
        <li>
          Words match in any form: <kbd>claimed</kbd> also finds “claims” and “claiming”. Every word must match.
        </li>
        <li>
          <kbd>&quot;claimed responsibility&quot;</kbd> in quotes: those words, together, in that order.
        </li>
        <li>
          <kbd>-Ukraine</kbd>: leaves out what mentions Ukraine. <kbd>Amaq OR Telegram</kbd>: either word.
        </li>
        <li>
          Names of claimants, actors, publishers, authors, events and places also match when spelt a little differently (<kbd>Krasnogorks</kbd>,{" "}
          <kbd>ISIS K</kbd>), unless the search uses quotes, <kbd>-</kbd> or <kbd>OR</kbd>.
        </li>
      </ul>
    </details>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = param(params, "q");
  // A group's "More" link names its kind and cursor: that page shows the one group.
  const type = oneOfParam(params, "type", SEARCH_TYPES);
  const cursor = param(params, "cursor");
  const api = await serverApi();
  const result = q ? await loadList(() => api.search.query({ q, ...(type ? { types: [type] } : {}), ...(cursor ? { cursor } : {}) })) : null;

  return (
    <>
      <div className="page-head">
        <h1>Search</h1>
      </div>
      <form method="get" action="/search" role="search" aria-label="Search claims, sources and events" className="filters search-form">
        <div className="filter filter-search">
          <label htmlFor="search-q">Search claims, sources and events</label>
          <input id="search-q" name="q" type="search" defaultValue={q ?? ""} maxLength={200} required aria-describedby="search-syntax-hint" />
        </div>
        <div className="filter filter-actions">
          <button type="submit" className="button button-primary">
            Search
          </button>
        </div>
        <p id="search-syntax-hint" className="search-hint">
          Use quotes for a phrase, <kbd>-</kbd> to leave a word out, <kbd>OR</kbd> for either word.
        </p>
      </form>
      <SearchSyntax />
      {!result ? null : !result.ok ? (
        <ListProblem problem={result.problem} resetHref="/search" />
      ) : (
        <>
          <p className="list-count" role="status">
            {result.page.groups.every((group) => group.items.length === 0)
              ? `Nothing matches “${q}”.`
              : `Results for “${q}”, best matches first.`}
          </p>
          {type ? (
            <p>
              <Link href={listHref("/search", { q })}>Back to all results for “{q}”</Link>
            </p>
          ) : (
            <nav aria-label="Result groups" className="search-jump">
              <ul>
                {result.page.groups.map((group) => (
                  <li key={group.type}>
                    <a href={`#results-${group.type.toLowerCase()}`}>
                      {groupTitle[group.type]} ({group.count}
                      {group.countIsAtLeast ? "+" : ""})
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {result.page.groups.map((group) => (
            <SearchGroupSection key={group.type} group={group} q={q!} paged={Boolean(cursor)} />
          ))}
        </>
      )}
    </>
  );
}
