import type { Prisma } from "@claimdesk/db";
import { roleAtLeast } from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { ConflictError } from "../errors";

/**
 * A concluded claim is locked: what it says and its evidence change only after it is reopened, so that a verdict
 * never stands over words or sources it was not given for. Reopening needs a reviewer, and the refusal says so to
 * an editor instead of telling them to do what they may not.
 */
export function concludedClaimRefusal(actor: Actor, doing: string, currentVersion: number, more = ""): ConflictError {
  const reopen = roleAtLeast(actor.role, "REVIEWER")
    ? "reopen it (claim.transition to RESEARCHING)"
    : "a reviewer must reopen it (claim.transition to RESEARCHING)";
  return new ConflictError(`This claim is concluded: ${reopen} before ${doing}.${more}`, { currentVersion });
}

/**
 * Holds the claim's row until the transaction ends, so that concluding, changing its evidence and deleting it
 * happen one after the other: evidence attached while a reviewer concludes cannot slip past the lock, and a
 * verdict cannot be given on evidence that is being taken away.
 */
export async function lockClaimRow(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claimId} FOR UPDATE`;
}
