import "server-only";
import { roleLabel, type Role } from "@claimdesk/schemas";
import { serverApi } from "./server-api";

/** The people a claim can be assigned to, as select options ("Ana Petrova (Editor)"), by name. */
export async function assigneeOptions(current?: { id: string; name: string; role: Role } | null): Promise<Array<{ value: string; label: string }>> {
  const people = await (await serverApi()).user.assignees();
  const options = people.map((person) => ({ value: person.id, label: `${person.name} (${roleLabel[person.role]})` }));
  // Someone deactivated (or no longer an editor) stays visible as the current assignee until changed.
  if (current && !options.some((option) => option.value === current.id)) {
    options.push({ value: current.id, label: `${current.name} (can no longer be assigned)` });
  }
  return options;
}
