"use client";
import { useEffect, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { claimStageLabel, claimTransitionInput, type ClaimStage, type Verdict } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { ErrorSummary } from "./form/error-summary";
import { DoneMessage } from "./form/done-message";
import { SelectField, TextAreaField } from "./form/fields";
import { FormActions } from "./form/form-actions";
import { choiceOrOmit, textOrOmit } from "./form/form-values";
import { verdictOptions } from "./form/options";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";
import { useWorkflowLive, type MovedClaim } from "./workflow-live";

/** A move the signed-in person may make from the claim's stage (from TRANSITIONS). */
export interface Move {
  to: ClaimStage;
  label: string;
}

interface ClaimTransitionsProps {
  claimId: string;
  /** The version on screen: a move made from an older one is refused as a conflict. */
  version: number;
  moves: Move[];
  /** Admins may conclude a claim they alone researched, giving a reason (the four-eyes override). */
  isAdmin: boolean;
  evidenceCount: number;
}

type MoveField = "verdict" | "note" | "overrideReason";

const concludingVerdicts = verdictOptions.filter((option) => option.value !== "UNRATED");

/** The review buttons: each opens its own small form (a note; for concluding, the verdict) below the buttons. */
export function ClaimTransitions({ claimId, version, moves, isAdmin, evidenceCount }: ClaimTransitionsProps) {
  const router = useRouter();
  const live = useWorkflowLive();
  const [open, setOpen] = useState<ClaimStage | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Until the page shows the new stage, the old stage's buttons would only be refused: they are left out.
  const [refreshing, startRefresh] = useTransition();
  const buttons = useRef(new Map<ClaimStage, HTMLButtonElement>());
  const doneRef = useRef<HTMLParagraphElement>(null);
  const move = moves.find((candidate) => candidate.to === open);

  function close(returnTo: ClaimStage) {
    setOpen(null);
    // The button stays: take the keyboard back to it.
    requestAnimationFrame(() => buttons.current.get(returnTo)?.focus());
  }

  function moved(claim: MovedClaim) {
    setOpen(null);
    // The panel shows the answer's stage and verdict at once (WorkflowLive); the rest of the page follows.
    live.setMoved(claim);
    setDone(`Moved to ${claimStageLabel[claim.stage]}.`);
    startRefresh(() => router.refresh());
    // The buttons change with the stage: keep the keyboard on the confirmation.
    requestAnimationFrame(() => doneRef.current?.focus());
  }

  return (
    <div className="workflow-moves">
      {refreshing && done ? null : (
        <div className="move-buttons" role="group" aria-label="Move this claim">
          {moves.map((candidate) => (
            <button
              key={candidate.to}
              ref={(element) => {
                if (element) buttons.current.set(candidate.to, element);
                else buttons.current.delete(candidate.to);
              }}
              type="button"
              className={candidate.to === "CONCLUDED" ? "button button-primary" : "button"}
              disabled={refreshing}
              aria-expanded={open === candidate.to}
              aria-controls={open === candidate.to ? `move-${candidate.to}` : undefined}
              onClick={() => {
                setDone(null);
                setOpen(open === candidate.to ? null : candidate.to);
              }}
            >
              {candidate.label}
            </button>
          ))}
        </div>
      )}
      {move ? (
        <MoveForm
          key={move.to}
          claimId={claimId}
          version={version}
          move={move}
          isAdmin={isAdmin}
          evidenceCount={evidenceCount}
          onCancel={() => close(move.to)}
          onMoved={moved}
        />
      ) : null}
      <DoneMessage message={done && refreshing ? `${done} Updating the page…` : done} ref={doneRef} />
    </div>
  );
}

interface MoveFormProps {
  claimId: string;
  version: number;
  move: Move;
  isAdmin: boolean;
  evidenceCount: number;
  onCancel(): void;
  onMoved(claim: MovedClaim): void;
}

function MoveForm({ claimId, version, move, isAdmin, evidenceCount, onCancel, onMoved }: MoveFormProps) {
  const concluding = move.to === "CONCLUDED";
  const form = useFormState<MoveField>(`move-${move.to}`, { verdict: "", note: "", overrideReason: "" });
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const labels = {
    verdict: "Verdict",
    note: concluding ? "Verdict note" : "Note for the history",
    overrideReason: "Override reason",
    to: "Move",
    version: "Version",
  };

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("select, textarea")?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflictVersion(null);
    const input = {
      id: claimId,
      version,
      to: move.to,
      verdict: concluding ? choiceOrOmit<Verdict>(form.values.verdict) : undefined,
      note: textOrOmit(form.values.note),
      overrideReason: concluding && isAdmin ? textOrOmit(form.values.overrideReason) : undefined,
    };
    const saved = await sendValidated(
      form,
      claimTransitionInput,
      input,
      (checked) => trpc.claim.transition.mutate(checked),
      (failure) => {
        if (failure.code === "CONFLICT" && failure.currentVersion !== null) setConflictVersion(failure.currentVersion);
      },
    );
    if (saved) onMoved(saved);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && !form.pending) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form
      ref={formRef}
      id={`move-${move.to}`}
      className="record-form move-form"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={move.label}
    >
      <ErrorSummary
        formId={form.formId}
        errors={form.errors}
        labels={labels}
        message={conflictVersion === null ? form.message : null}
        attempt={form.attempt}
        title={concluding ? "The claim was not concluded" : "The claim was not moved"}
      >
        {conflictVersion !== null ? (
          <div className="conflict">
            <p>Someone else saved this claim (now version {conflictVersion}) after you opened it. What you typed is still in the form.</p>
            <p>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload the latest version
              </button>{" "}
              <span className="field-hint">Reloading shows the claim as it is now and empties this form; copy anything you want to keep first.</span>
            </p>
          </div>
        ) : null}
      </ErrorSummary>

      {concluding ? (
        <>
          {evidenceCount === 0 ? (
            <p className="notice">This claim has no evidence yet: concluding needs at least one source attached.</p>
          ) : null}
          <SelectField
            label={labels.verdict}
            required
            options={concludingVerdicts}
            placeholder="Choose a verdict"
            hint="What the review found."
            {...form.field("verdict")}
          />
        </>
      ) : null}
      <TextAreaField
        label={labels.note}
        required={concluding}
        rows={3}
        hint={concluding ? "Why this verdict: the newsroom reads it with the verdict, and the history keeps it." : "Optional: what the next person should know."}
        {...form.field("note")}
      />
      {concluding && isAdmin ? (
        <TextAreaField
          label={labels.overrideReason}
          rows={2}
          hint={
            <>
              The four-eyes rule: a claim is concluded by someone other than the person who alone researched it. If that was you, as an admin you
              may still conclude it by saying why here; the history marks it as an admin override. Leave it empty otherwise.
            </>
          }
          {...form.field("overrideReason")}
        />
      ) : null}
      {concluding && !isAdmin ? (
        <p className="field-hint">The four-eyes rule: you cannot conclude a claim you alone researched; another reviewer must.</p>
      ) : null}
      <FormActions submitLabel={`Confirm: ${move.label.toLowerCase()}`} pending={form.pending} onCancel={onCancel} />
    </form>
  );
}
