import type { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { SYSTEM_ACTOR } from "../history";
import { createPasswordAccount } from "./create-account";

// The embedded demo's accounts, one per role. Never created on a PostgreSQL server's database.

export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "admin@claimdesk.test", name: "Dana Reyes", role: "ADMIN" },
  { email: "reviewer@claimdesk.test", name: "Ben Okafor", role: "REVIEWER" },
  { email: "editor@claimdesk.test", name: "Ana Petrova", role: "EDITOR" },
  { email: "viewer@claimdesk.test", name: "Vic Moreau", role: "VIEWER" },
];

/** Adds the demo accounts to a database that has no users yet; returns how many it created. */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<number> {
  if ((await prisma.user.count()) > 0) return 0;
  for (const account of DEMO_ACCOUNTS) {
    await createPasswordAccount(prisma, { ...SYSTEM_ACTOR, name: "Demo data" }, { ...account, password: DEMO_PASSWORD });
  }
  return DEMO_ACCOUNTS.length;
}
