import { ROLES, type Role } from "./enums";

// Who may do what, in one table shared by the API's base procedures and the UI (which hides what a role
// cannot do). The API enforces; the UI only spares people buttons that would be refused.

export const roleLabel: Record<Role, string> = {
  VIEWER: "Viewer",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  ADMIN: "Admin",
};

export const roleDescription: Record<Role, string> = {
  VIEWER: "reads everything, changes nothing",
  EDITOR: "records and edits events, claims, sources and evidence; moves claims to review",
  REVIEWER: "an editor who may conclude claims with a verdict and reopen them",
  ADMIN: "a reviewer who also invites people, changes roles and deactivates accounts",
};

/** True when `role` may do what `minimum` may (roles are ordered VIEWER < EDITOR < REVIEWER < ADMIN). */
export function roleAtLeast(role: Role | null | undefined, minimum: Role): boolean {
  return role != null && ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** A role as a sentence says it: "editor". */
export const roleWord = (role: Role): string => roleLabel[role].toLowerCase();

/** With its article: "an editor", "a reviewer". */
export const aRole = (role: Role): string => `${/^[AEIOU]/.test(role) ? "an" : "a"} ${roleWord(role)}`;
