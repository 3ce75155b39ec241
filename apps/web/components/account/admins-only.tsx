import { roleWord } from "@claimdesk/schemas";
import type { Actor } from "@claimdesk/api";
import { RoleBadge } from "./role-badge";

/** What a signed-in person without the admin role sees on the admin pages: app/admin/forbidden.tsx renders it with the 403. */
export function AdminsOnly({ actor, title }: { actor: Actor; title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <div className="notice" role="status">
        <p>
          <strong>This page needs the admin role.</strong> You are signed in as {actor.name}, with the {roleWord(actor.role)} role{" "}
          <RoleBadge role={actor.role} />.
        </p>
        <p>Admins invite people, change roles and deactivate accounts. Ask an admin of your newsroom if something about an account needs changing.</p>
      </div>
    </>
  );
}
