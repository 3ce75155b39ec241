import { roleLabel, type Role } from "@claimdesk/schemas";

// Roles and account states as labelled badges: the words carry the meaning, colour only repeats it.

const roleTone: Record<Role, string> = { VIEWER: "neutral", EDITOR: "info", REVIEWER: "info", ADMIN: "done" };

export function RoleBadge({ role }: { role: Role }) {
  return <span className={`badge badge-${roleTone[role]}`}>{roleLabel[role]}</span>;
}

export type AccountStatus = "ACTIVE" | "INVITED" | "DEACTIVATED";

export const accountStatusLabel: Record<AccountStatus, string> = { ACTIVE: "Active", INVITED: "Invited", DEACTIVATED: "Deactivated" };

const statusTone: Record<AccountStatus, string> = { ACTIVE: "good", INVITED: "warn", DEACTIVATED: "bad" };

/** Active, Invited (has not chosen a password yet) or Deactivated. */
export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  return <span className={`badge badge-${statusTone[status]}`}>{accountStatusLabel[status]}</span>;
}
