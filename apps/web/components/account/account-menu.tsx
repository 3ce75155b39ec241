import Link from "next/link";
import type { Actor } from "@claimdesk/api";
import { RoleBadge } from "./role-badge";
import { signOut } from "./sign-out";

/** The header's right-hand side for a signed-in person: who they are, their role, their account, signing out. */
export function AccountMenu({ actor }: { actor: Actor }) {
  return (
    <div className="account-menu">
      <span className="account-who">
        <span className="sr-only">Signed in as </span>
        <span className="account-name">{actor.name}</span> <RoleBadge role={actor.role} />
      </span>
      <Link href="/account">Your account</Link>
      <form action={signOut} className="sign-out-form">
        <button type="submit" className="button">
          Sign out
        </button>
      </form>
    </div>
  );
}
