import type { Role } from "@claimdesk/schemas";

/** The signed-in person a request acts for. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}
