import type { PrismaClient } from "@claimdesk/db";
import { wordClaim } from "@claimdesk/analysis";
import { NotFoundError } from "../errors";
import { casualtySelect, responsibilitySelect } from "./selects";

/** The sentence our style permits for a claim, given its kind, verdict, qualifier and assessment. */
export async function claimWording(db: PrismaClient, id: string) {
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      kind: true,
      text: true,
      claimant: true,
      stage: true,
      verdict: true,
      casualty: { select: casualtySelect },
      responsibility: { select: responsibilitySelect },
    },
  });
  if (!claim) throw new NotFoundError("claim", id);
  const { id: claimId, version, ...wordable } = claim;
  return { id: claimId, version, ...wordClaim(wordable) };
}
