import { createHash } from "node:crypto";
import { duplicateIdentity, type IdentifiedClaim } from "@claimdesk/schemas";

/**
 * The value of Claim.duplicateKey: the claim's identity, hashed so that the unique index holds keys of one size
 * whatever the length of names (SHA-256, hex; the backfill in the claim_duplicates migration hashes the same way).
 * Null when the claim has no identity, or when it is saved as a duplicate on purpose.
 */
export function duplicateKeyOf(claim: IdentifiedClaim, { allowDuplicate = false }: { allowDuplicate?: boolean } = {}): string | null {
  const identity = allowDuplicate ? null : duplicateIdentity(claim);
  return identity === null ? null : createHash("sha256").update(identity, "utf8").digest("hex");
}
