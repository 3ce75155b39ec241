import Link from "next/link";
import { roleLabel, type Role } from "@claimdesk/schemas";
import { currentActor } from "@/lib/server-api";

interface RoleRefusalProps {
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
 * What a signed-in person sees on a page their role may not use (a form to create or edit), rendered by the
 * page's forbidden.tsx once the page has called forbidden() (so the answer is a 403): the refusal said plainly,
 * with their role and the role it needs, never a crash or a form that would only be refused.
 */
export async function RoleRefusal({ needs, doing, things, backHref, backLabel }: RoleRefusalProps) {
  const { role } = await currentActor();
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

/**
 * The page title for such a refusal: both in forbidden.tsx's metadata (the title the server sends with the 403)
 * and in the page's own generateMetadata (the title the browser keeps once it renders the page).
 */
export const roleRefusalTitle = "Not allowed";
