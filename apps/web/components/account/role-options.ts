import { ROLES, roleLabel } from "@claimdesk/schemas";
import type { Option } from "@/components/form/fields";

/** The roles, lowest first, by name. */
export const roleOptions: Option[] = ROLES.map((role) => ({ value: role, label: roleLabel[role] }));

/** What each role adds, in one line beside a role select. */
export const ROLE_HINT = "Viewers read everything; editors also record and edit; reviewers also conclude claims; admins also manage people.";
