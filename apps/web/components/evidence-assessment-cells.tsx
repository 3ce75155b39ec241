import type { EvidenceStance } from "@claimdesk/schemas";
import { CredibilityBadge, StanceBadge } from "./badges";
import { OrNotRecorded } from "./not-recorded";

/** What a piece of evidence says, as table cells: stance, credibility, excerpt. */
export function EvidenceAssessmentCells({ evidence }: { evidence: { stance: EvidenceStance; credibility: number; excerpt: string | null } }) {
  return (
    <>
      <td>
        <StanceBadge stance={evidence.stance} />
      </td>
      <td>
        <CredibilityBadge credibility={evidence.credibility} />
      </td>
      <td className="cell-text">{evidence.excerpt ? <q>{evidence.excerpt}</q> : <OrNotRecorded value={null} />}</td>
    </>
  );
}
