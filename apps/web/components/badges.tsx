import type { ReactNode } from "react";
import {
  claimStageLabel,
  credibilityLabel,
  evidenceStanceLabel,
  sourceReliabilityLabel,
  verdictLabel,
  type ClaimStage,
  type EvidenceStance,
  type SourceReliability,
  type Verdict,
} from "@claimdesk/schemas";

// Status, verdict and grades as labelled badges: the words carry the meaning; colour only repeats it.

function Badge({ tone, title, children }: { tone: string; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

const stageTone: Record<ClaimStage, string> = { NEW: "neutral", RESEARCHING: "info", IN_REVIEW: "info", CONCLUDED: "done" };

export function StageBadge({ stage }: { stage: ClaimStage }) {
  return <Badge tone={stageTone[stage]}>{claimStageLabel[stage]}</Badge>;
}

const verdictTone: Record<Verdict, string> = {
  UNRATED: "neutral",
  CONFIRMED: "good",
  LIKELY: "good",
  MISLEADING: "warn",
  FALSE: "bad",
  UNPROVEN: "warn",
  DISPUTED: "warn",
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <Badge tone={verdictTone[verdict]}>{verdictLabel[verdict]}</Badge>;
}

const reliabilityTone: Record<SourceReliability, string> = { A: "good", B: "good", C: "neutral", D: "warn", E: "bad", F: "neutral" };

/** "B – Usually reliable" (Admiralty source reliability). */
export function ReliabilityBadge({ grade }: { grade: SourceReliability }) {
  return <Badge tone={reliabilityTone[grade]}>{`${grade} – ${sourceReliabilityLabel[grade]}`}</Badge>;
}

const credibilityTone: Record<number, string> = { 1: "good", 2: "good", 3: "neutral", 4: "warn", 5: "bad", 6: "neutral" };

/** "2 – Probably true" (Admiralty information credibility). */
export function CredibilityBadge({ credibility }: { credibility: number }) {
  return <Badge tone={credibilityTone[credibility] ?? "neutral"}>{`${credibility} – ${credibilityLabel[credibility] ?? "Unknown"}`}</Badge>;
}

const stanceTone: Record<EvidenceStance, string> = { SUPPORTS: "good", CONTRADICTS: "bad", CONTEXT: "neutral" };

export function StanceBadge({ stance }: { stance: EvidenceStance }) {
  return <Badge tone={stanceTone[stance]}>{evidenceStanceLabel[stance]}</Badge>;
}
