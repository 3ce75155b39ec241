"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { claimCreateInput, claimUpdateInput, type FigureQualifier } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import {
  claimCreateFromValues,
  claimFieldLabels,
  claimGroupLabels,
  claimUpdateFromValues,
  similarDraftFromValues,
  type ClaimField,
  type ClaimFormValues,
} from "./claim-form-values";
import { ErrorSummary } from "./form/error-summary";
import { fieldId } from "./form/field-id";
import { FormActions } from "./form/form-actions";
import { SelectField, TextAreaField, TextField, type Option } from "./form/fields";
import {
  attributionOptions,
  kindOptions,
  likelihoodOptions,
  metricOptions,
  populationOptions,
  qualifierOptions,
} from "./form/options";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";
import { SimilarClaims, addSourceHref } from "./similar-claims";
import { useSimilarClaims } from "./use-similar-claims";
import { figureOrActorWords } from "@/lib/claim-words";

type ClaimFormProps = {
  initialValues: ClaimFormValues;
  /** The events a claim can belong to, as options (value = id). */
  events: Option[];
  cancelHref: string;
} & ({ mode: "create" } | { mode: "edit"; id: string; version: number; /** The people a claim can be assigned to (value = user id). */ assignees: Option[] });

const qualifierHint: Record<FigureQualifier, string> = {
  EXACT: "Put the number in Minimum; Maximum is set to the same.",
  AT_LEAST: "Put the number in Minimum and leave Maximum empty.",
  AT_MOST: "Put the number in Maximum and leave Minimum empty.",
  APPROXIMATELY: "Put the number in Minimum (and in Maximum for \"about 40 to 50\").",
  RANGE: "Put the lower bound in Minimum and the upper bound in Maximum.",
};

const labels: Record<string, string> = { ...claimFieldLabels, ...claimGroupLabels };

/** Creates or edits a claim; the fields follow the kind chosen. */
export function ClaimForm(props: ClaimFormProps) {
  const router = useRouter();
  const form = useFormState<ClaimField>("claim", props.initialValues);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  /** The claim already recorded that a save was refused as repeating. */
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const kind = form.values.kind;
  const qualifier = form.values["casualty.qualifier"] as FigureQualifier | "";
  const draft = similarDraftFromValues(form.values, props.mode === "edit" ? props.id : undefined);
  const candidates = useSimilarClaims(draft);
  const refusedFor = candidates.find((candidate) => candidate.claim.id === duplicateOf)?.claim;

  /** `allowDuplicate`: the editor chose to record it although it repeats a claim already recorded. */
  async function save(allowDuplicate: boolean) {
    setConflictVersion(null);
    setDuplicateOf(null);
    const onFailure = (failure: { code: string | null; currentVersion: number | null; existingClaimId: string | null }) => {
      if (failure.code === "CONFLICT" && failure.existingClaimId !== null) setDuplicateOf(failure.existingClaimId);
      else if (failure.code === "CONFLICT" && failure.currentVersion !== null) setConflictVersion(failure.currentVersion);
    };
    const extra = allowDuplicate ? { allowDuplicate: true } : {};
    const saved =
      props.mode === "create"
        ? await sendValidated(form, claimCreateInput, { ...claimCreateFromValues(form.values), ...extra }, (input) => trpc.claim.create.mutate(input), onFailure)
        : await sendValidated(
            form,
            claimUpdateInput,
            { ...claimUpdateFromValues(props.id, props.version, form.values, props.initialValues), ...extra },
            (input) => trpc.claim.update.mutate(input),
            onFailure,
          );
    if (!saved) return;
    router.push(`/claims/${saved.id}`);
    router.refresh();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save(false);
  }

  return (
    <form className="record-form" noValidate onSubmit={submit} aria-label={props.mode === "create" ? "New claim" : "Edit claim"}>
      <ErrorSummary
        formId={form.formId}
        errors={form.errors}
        labels={labels}
        message={conflictVersion === null && duplicateOf === null ? form.message : null}
        attempt={form.attempt}
        title="The claim was not saved"
      >
        {conflictVersion !== null ? (
          <div className="conflict">
            <p>
              Someone else saved this claim (now version {conflictVersion}) after you opened it. Your changes are still in the form.
            </p>
            <p>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload the latest version
              </button>{" "}
              <span className="field-hint">Reloading shows their version and discards the changes in this form; copy anything you want to keep first.</span>
            </p>
          </div>
        ) : null}
        {duplicateOf !== null ? (
          <div className="conflict" data-testid="duplicate-refusal">
            <p>
              This claim is already recorded:{" "}
              <Link href={`/claims/${duplicateOf}`}>{refusedFor ? (figureOrActorWords(refusedFor) ?? "the claim") : "the claim"}{refusedFor?.claimant ? `, ${refusedFor.claimant}` : ""}</Link>.
              One claimant’s assertion is one claim: add your source to it rather than record it twice. Your entries are still in the form.
            </p>
            <p>
              <Link href={addSourceHref(duplicateOf)} className="button button-primary">
                Add your source to that claim
              </Link>{" "}
              <button type="button" className="button" disabled={form.pending} onClick={() => void save(true)}>
                Save anyway as a separate claim
              </button>{" "}
              <span className="field-hint">Only when it is another assertion, for instance the same figure given again on another day.</span>
            </p>
          </div>
        ) : null}
      </ErrorSummary>

      {props.mode === "edit" ? <p className="form-note">You are editing version {props.version} of this claim.</p> : null}

      <SelectField
        label={claimFieldLabels.kind}
        required
        options={kindOptions}
        placeholder={props.mode === "create" ? "Choose a kind" : undefined}
        hint="A casualty count, who is said to be responsible, or another statement."
        {...form.field("kind")}
      />
      <TextAreaField label={claimFieldLabels.text} required rows={3} hint="The claim as it was reported, in its own words." {...form.field("text")} />
      <div className="field-row">
        <TextField label={claimFieldLabels.claimant} hint="Who made the claim." {...form.field("claimant")} />
        <TextField label={claimFieldLabels.claimedAt} type="datetime-local" hint="When it was made, in UTC." {...form.field("claimedAt")} />
      </div>
      <SelectField label={claimFieldLabels.eventId} options={props.events} placeholder="No event" {...form.field("eventId")} />

      {kind === "CASUALTY_COUNT" ? (
        <fieldset className="field-group">
          <legend>Casualty figure</legend>
          <div className="field-row">
            <SelectField label={claimFieldLabels["casualty.metric"]} required options={metricOptions} placeholder="Choose a metric" {...form.field("casualty.metric")} />
            <SelectField label={claimFieldLabels["casualty.population"]} options={populationOptions} {...form.field("casualty.population")} />
          </div>
          <SelectField
            label={claimFieldLabels["casualty.qualifier"]}
            required
            options={qualifierOptions}
            placeholder="Choose a qualifier"
            hint={qualifier ? qualifierHint[qualifier] : "How the figure was put: exactly, at least, at most, about, or between two numbers."}
            {...form.field("casualty.qualifier")}
          />
          <div className="field-row">
            <TextField label={claimFieldLabels["casualty.min"]} type="number" inputMode="numeric" className="field-narrow" {...form.field("casualty.min")} />
            <TextField label={claimFieldLabels["casualty.max"]} type="number" inputMode="numeric" className="field-narrow" {...form.field("casualty.max")} />
          </div>
          <div className="field-row">
            <TextField label={claimFieldLabels["casualty.asOf"]} type="datetime-local" hint="The time the figure refers to, in UTC." {...form.field("casualty.asOf")} />
            <TextField
              label={claimFieldLabels["casualty.reportedAs"]}
              hint={'The figure\'s own words, e.g. "dozens" (record the bound it implies above).'}
              {...form.field("casualty.reportedAs")}
            />
          </div>
        </fieldset>
      ) : null}

      {kind === "RESPONSIBILITY" ? (
        <fieldset className="field-group">
          <legend>Responsibility</legend>
          <div className="field-row">
            <TextField label={claimFieldLabels["responsibility.actor"]} required hint="Who is said to be behind it." {...form.field("responsibility.actor")} />
            <SelectField
              label={claimFieldLabels["responsibility.attribution"]}
              required
              options={attributionOptions}
              placeholder="Choose an attribution"
              {...form.field("responsibility.attribution")}
            />
          </div>
          <div className="field-row">
            <TextField label={claimFieldLabels["responsibility.channel"]} hint="Where it was said, e.g. the group's news agency." {...form.field("responsibility.channel")} />
            <SelectField label={claimFieldLabels["responsibility.assessment"]} options={likelihoodOptions} {...form.field("responsibility.assessment")} />
          </div>
        </fieldset>
      ) : null}

      {props.mode === "edit" ? (
        <fieldset className="field-group">
          <legend>Assignment</legend>
          <p className="field-hint">Stage and verdict change through the review buttons on the claim’s page, not here.</p>
          <div className="field-row">
            <SelectField
              label={claimFieldLabels.assigneeId}
              options={props.assignees}
              placeholder="Unassigned"
              hint="The editor working on it; it shows in their “My claims”."
              {...form.field("assigneeId")}
            />
            <div className="field-with-action">
              <TextField
                label={claimFieldLabels.recheckAt}
                type="datetime-local"
                hint="When to check a fast-moving claim again, in UTC. Empty: no re-check."
                {...form.field("recheckAt")}
              />
              {form.values.recheckAt ? (
                <button type="button" className="button button-small" onClick={() => {
                    form.setValue("recheckAt", "");
                    // The button goes away with the date: keep the keyboard where it was.
                    document.getElementById(fieldId(form.formId, "recheckAt"))?.focus();
                  }}>
                  Clear the re-check date
                </button>
              ) : null}
            </div>
          </div>
        </fieldset>
      ) : null}

      {draft !== null ? <SimilarClaims candidates={candidates} headingId={`${form.formId}-similar-heading`} /> : null}

      <FormActions submitLabel={props.mode === "create" ? "Create claim" : "Save changes"} pending={form.pending} cancelHref={props.cancelHref} />
    </form>
  );
}
