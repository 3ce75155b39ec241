"use client";
import { createContext, useContext, useState, type ReactNode } from "react";
import type { ClaimStage, Verdict } from "@claimdesk/schemas";
import { StageBadge, VerdictBadge } from "./badges";

// The review panel shows a move's result at once, from the claim the mutation answers with, while the page
// refreshes: the panel never says "Moved to Concluded" under the old stage. Once the refreshed page carries
// that version (or a later one), what the server rendered counts again.

export interface MovedClaim {
  version: number;
  stage: ClaimStage;
  verdict: Verdict;
  verdictNote: string | null;
}

interface LiveState {
  /** The moved claim while it is newer than the page; null otherwise. */
  moved: MovedClaim | null;
  setMoved(claim: MovedClaim): void;
}

const LiveContext = createContext<LiveState>({ moved: null, setMoved: () => {} });

export function WorkflowLive({ version, children }: { version: number; children: ReactNode }) {
  const [moved, setMoved] = useState<MovedClaim | null>(null);
  return <LiveContext value={{ moved: moved && moved.version > version ? moved : null, setMoved }}>{children}</LiveContext>;
}

export const useWorkflowLive = () => useContext(LiveContext);

export function LiveStageBadge({ stage }: { stage: ClaimStage }) {
  return <StageBadge stage={useWorkflowLive().moved?.stage ?? stage} />;
}

export function LiveVerdictBadge({ verdict }: { verdict: Verdict }) {
  return <VerdictBadge verdict={useWorkflowLive().moved?.verdict ?? verdict} />;
}

/** The verdict note under the stage and verdict; a move's own note replaces it at once. */
export function LiveVerdictNote({ note }: { note: string | null }) {
  const { moved } = useWorkflowLive();
  const shown = moved ? moved.verdictNote : note;
  if (!shown) return null;
  return (
    <div className="verdict-note">
      <h3>Verdict note</h3>
      <p>{shown}</p>
    </div>
  );
}

/** What the server said about the old stage (which moves need a higher role): left out until the page catches up. */
export function HiddenWhileMoved({ children }: { children: ReactNode }) {
  return useWorkflowLive().moved ? null : <>{children}</>;
}
