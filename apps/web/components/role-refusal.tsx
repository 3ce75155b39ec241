import Link from "next/link";
import { roleLabel, type Role } from "@claimdesk/schemas";

interface RoleRefusalProps {
  role: Role;
  /** The least role that may do it. */
  needs: Role;
  /** What the page would have let them do: "create a claim", "edit this source". */
  doing: string;
  /** What the role may not change, in the plural: "claims", "sources". */
  things: string;
  backHref: string;
  backLabel: string;
}

/**
 * What a signed-in person sees on a page their role may not use (a form to create or edit): the refusal said
 * plainly, in the words of a 403 Forbidden (signed in, not permitted), never a crash or a form that would only be refused.
 */
export function RoleRefusal({ role, needs, doing, things, backHref, backLabel }: RoleRefusalProps) {
  return (
    <>
      <h1>Not allowed for your role</h1>
      <div className="notice notice-refusal">
        <p>
          Your role ({roleLabel[role]}) can read but not change {things}. To {doing} you need the {roleLabel[needs]} role or higher.
        </p>
        <p>
          You are signed in, but this page is forbidden to your role: it is only for people who may change {things}. If your work needs it, ask
          an admin to change your role.
        </p>
      </div>
      <p>
        <Link href={backHref}>{backLabel}</Link>
      </p>
    </>
  );
}

/** The page title for such a refusal. */
export const roleRefusalTitle = "Not allowed";
