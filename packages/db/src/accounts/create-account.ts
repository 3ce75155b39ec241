import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { writeHistory, type HistoryActor } from "../history";
import { CREDENTIAL_PROVIDER, hashPassword } from "./passwords";

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export class AccountExistsError extends Error {
  constructor(email: string) {
    super(`An account with the email ${email} already exists`);
    this.name = "AccountExistsError";
  }
}

/**
 * Creates a user who can sign in with email and password at once (demo accounts, `npm run user:create`),
 * with its history entry, in one transaction. Invited users go through the API's invitation instead.
 */
export async function createPasswordAccount(prisma: PrismaClient, actor: HistoryActor, account: NewAccount): Promise<{ id: string }> {
  const email = account.email.trim().toLowerCase();
  const passwordHash = await hashPassword(account.password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new AccountExistsError(email);
    const user = await tx.user.create({ data: { email, name: account.name, role: account.role, emailVerified: true }, select: { id: true } });
    await tx.account.create({
      data: { id: randomUUID(), accountId: user.id, providerId: CREDENTIAL_PROVIDER, userId: user.id, password: passwordHash },
    });
    await writeHistory(tx, actor, {
      entityType: "USER",
      entityId: user.id,
      userId: user.id,
      action: "CREATE",
      summary: `created the account of ${account.name} (${email}) with the role ${account.role.toLowerCase()}`,
      changes: [
        { field: "email", from: null, to: email },
        { field: "name", from: null, to: account.name },
        { field: "role", from: null, to: account.role },
      ],
    });
    return user;
  });
}
