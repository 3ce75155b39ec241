import Link from "next/link";
import { roleLabel } from "@claimdesk/schemas";
import type { Actor } from "@claimdesk/api";
import { HOME_PATH } from "./sign-in-path";

/**
 * What a signed-in person without the admin role sees on the admin pages: app/admin/forbidden.tsx renders it
 * with the 403. Worded and laid out like RoleRefusal (components/role-refusal.tsx), with a way back.
 */
export function AdminsOnly({ actor }: { actor: Actor }) {
  return (
    <>
      <h1>Not allowed for your role</h1>
      <div className="notice notice-refusal">
        <p>
          Your role ({roleLabel[actor.role]}) cannot manage people. This page needs the {roleLabel.ADMIN} role.
        </p>
        <p>
          Admins invite people, change roles and deactivate accounts. If something about an account needs changing, ask an admin of your
          newsroom.
        </p>
      </div>
      <p>
        <Link href={HOME_PATH}>Back to the events</Link>
      </p>
    </>
  );
}
