import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { roleAtLeast, roleDescription } from "@claimdesk/schemas";
import { AccountStatusBadge, RoleBadge } from "@/components/account/role-badge";
import { HistoryTimeline } from "@/components/history-timeline";
import { UserRoleForm } from "@/components/account/user-role-form";
import { UserStatusForm } from "@/components/account/user-status-form";
import { ReinviteForm } from "@/components/account/reinvite-form";
import { DateTime } from "@/components/date-time";
import { roleRefusalTitle } from "@/components/role-refusal";
import { orNotFound } from "@/lib/record-loaders";
import { param, type SearchParams } from "@/lib/list-query";
import { currentActor, serverApi } from "@/lib/server-api";

export const dynamic = "force-dynamic";

/** The person, for admins; null for anyone else (who gets app/admin/forbidden.tsx, with a 403). */
const loadUser = cache(async (id: string) => {
  const actor = await currentActor();
  if (!roleAtLeast(actor.role, "ADMIN")) return null;
  return orNotFound(async () => (await serverApi()).user.get({ id }));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const user = await loadUser((await params).id);
  return { title: user ? `${user.name} · Users` : roleRefusalTitle };
}

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const actor = await currentActor();
  const user = await loadUser(id);
  if (!user) forbidden();

  const cursor = param(await searchParams, "cursor");
  const history = await orNotFound(async () => (await serverApi()).user.history({ id, cursor }));
  const isSelf = user.id === actor.id;
  const managed = { id: user.id, name: user.name, email: user.email, role: user.role, status: user.status };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/users">Users</Link>
      </p>
      <h1>
        {user.name}
        {isSelf ? <span className="count"> (you)</span> : null}
      </h1>
      <dl className="facts-list">
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>
            <RoleBadge role={user.role} /> <span className="role-description">{roleDescription[user.role]}</span>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <AccountStatusBadge status={user.status} />
            {user.status === "INVITED" ? <span className="cell-sub"> has not chosen a password yet</span> : null}
            {user.deactivatedAt ? (
              <span className="cell-sub">
                {" "}
                since <DateTime value={user.deactivatedAt} />
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <DateTime value={user.createdAt} />
          </dd>
        </div>
      </dl>

      <section className="panel" aria-label={`Manage ${user.name}`}>
        <div className="user-actions">
          <UserRoleForm user={managed} isSelf={isSelf} headingLevel={2} />
          <UserStatusForm user={managed} isSelf={isSelf} headingLevel={2} />
          {user.status === "INVITED" ? <ReinviteForm user={managed} headingLevel={2} /> : null}
        </div>
      </section>

      <HistoryTimeline
        entries={history.items}
        on="user"
        moreHref={history.nextCursor ? `/admin/users/${user.id}?cursor=${encodeURIComponent(history.nextCursor)}` : null}
      />
      {cursor ? (
        <p>
          <Link href={`/admin/users/${user.id}`}>From the beginning</Link>
        </p>
      ) : null}
    </>
  );
}
