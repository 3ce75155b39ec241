import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ROLES, roleAtLeast } from "@claimdesk/schemas";
import { InviteForm } from "@/components/account/invite-form";
import { roleOptions } from "@/components/account/role-options";
import { UserRow } from "@/components/account/user-row";
import { roleRefusalTitle } from "@/components/role-refusal";
import { FilterActions, FilterSelect, FilterText } from "@/components/list-filters";
import { ListProblem } from "@/components/list-problem";
import { ListCount } from "@/components/list-count";
import { PageNav } from "@/components/page-nav";
import { loadList, oneOfParam, param, type SearchParams } from "@/lib/list-query";
import { appOrigin, currentActor, serverApi } from "@/lib/server-api";

// The refusal's title too for other roles: the browser keeps the page's own title once it renders the 403.
export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "ADMIN") ? "Users" : roleRefusalTitle };
}
export const dynamic = "force-dynamic";

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await currentActor();
  // Anyone else gets app/admin/forbidden.tsx, with a 403.
  if (!roleAtLeast(actor.role, "ADMIN")) forbidden();

  const params = await searchParams;
  const filters = { role: oneOfParam(params, "role", ROLES), q: param(params, "q") };
  const cursor = param(params, "cursor");
  const result = await loadList(async () => (await serverApi()).user.list({ ...filters, cursor }));
  const filtered = Boolean(filters.role || filters.q);

  return (
    <>
      <div className="page-head">
        <h1>Users</h1>
      </div>
      <section className="panel invite-panel" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <p className="form-note">They get an account with the role you choose and a link, valid for a week, to choose their password.</p>
        <InviteForm origin={await appOrigin()} />
      </section>

      <h2>People with an account</h2>
      <form className="filters" method="get" action="/admin/users" aria-label="Filter users">
        <FilterText name="q" label="Name or email" type="search" value={filters.q} />
        <FilterSelect name="role" label="Role" anyLabel="Any role" value={filters.role} options={roleOptions} />
        <FilterActions clearHref="/admin/users" filtered={filtered} />
      </form>
      {!result.ok ? (
        <ListProblem problem={result.problem} resetHref="/admin/users" />
      ) : result.page.items.length === 0 ? (
        <p className="empty">{filtered ? "Nobody matches these filters." : "No users yet."}</p>
      ) : (
        <>
          <ListCount count={result.page.items.length} one="person" many="people" paged={Boolean(cursor || result.page.nextCursor)} />
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">Users, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.page.items.map((user) => (
                  <UserRow
                    key={user.id}
                    user={{ id: user.id, name: user.name, email: user.email, role: user.role, status: user.status }}
                    createdAt={user.createdAt}
                    isSelf={user.id === actor.id}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <PageNav path="/admin/users" filters={filters} cursor={cursor} nextCursor={result.page.nextCursor} />
        </>
      )}
    </>
  );
}
