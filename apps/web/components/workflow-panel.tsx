import { aRole, roleAtLeast, roleLabel, transitionsFrom, type ClaimStage, type Role, type Verdict } from "@claimdesk/schemas";
import { hasPassed } from "@/lib/relative-time";
import { ClaimTransitions } from "./claim-transitions";
import { DateTimeWithAge } from "./date-time";
import { HiddenWhileMoved, LiveStageBadge, LiveVerdictBadge, LiveVerdictNote, WorkflowLive } from "./workflow-live";

interface WorkflowPanelProps {
  claim: {
    id: string;
    version: number;
    stage: ClaimStage;
    verdict: Verdict;
    verdictNote: string | null;
    recheckAt: Date | null;
    assignee: { id: string; name: string; role: Role } | null;
    _count: { evidence: number };
  };
  role: Role;
}

/** Where the claim is in review, what was found, who has it, and the moves the signed-in person may make. */
export function WorkflowPanel({ claim, role }: WorkflowPanelProps) {
  const all = transitionsFrom(claim.stage);
  const mine = all.filter((move) => roleAtLeast(role, move.minRole));
  const othersOnly = all.filter((move) => !roleAtLeast(role, move.minRole));
  const due = hasPassed(claim.recheckAt);

  return (
    <section aria-labelledby="workflow-heading" className="panel workflow-panel">
      <h2 id="workflow-heading">Review</h2>
      <WorkflowLive version={claim.version}>
        <dl className="facts-list">
          <div>
            <dt>Stage</dt>
            <dd>
              <LiveStageBadge stage={claim.stage} />
            </dd>
          </div>
          <div>
            <dt>Verdict</dt>
            <dd>
              <LiveVerdictBadge verdict={claim.verdict} />
            </dd>
          </div>
          <div>
            <dt>Assigned to</dt>
            <dd>{claim.assignee ? `${claim.assignee.name} (${roleLabel[claim.assignee.role]})` : <span className="not-recorded">Unassigned</span>}</dd>
          </div>
          <div>
            <dt>Re-check</dt>
            <dd>
              {claim.recheckAt ? (
                <>
                  <DateTimeWithAge value={claim.recheckAt} />
                  {due ? (
                    <>
                      {" "}
                      <span className="badge badge-warn">Due</span>
                    </>
                  ) : null}
                </>
              ) : (
                <span className="not-recorded">No re-check date</span>
              )}
            </dd>
          </div>
        </dl>
        <LiveVerdictNote note={claim.verdictNote} />
        {mine.length > 0 ? (
          <ClaimTransitions
            claimId={claim.id}
            version={claim.version}
            moves={mine.map((move) => ({ to: move.to, label: move.label }))}
            isAdmin={role === "ADMIN"}
            evidenceCount={claim._count.evidence}
          />
        ) : null}
        <HiddenWhileMoved>
          {roleAtLeast(role, "EDITOR") ? (
            othersOnly.map((move) => (
              <p key={move.to} className="field-hint">
                {move.label}: needs {aRole(move.minRole)} or higher.
              </p>
            ))
          ) : (
            <p className="field-hint">Your role ({roleLabel[role]}) can read the review but not move the claim along.</p>
          )}
        </HiddenWhileMoved>
      </WorkflowLive>
    </section>
  );
}
