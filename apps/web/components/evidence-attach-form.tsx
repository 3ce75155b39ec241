"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { evidenceAttachInput, sourceCreateInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import {
  evidenceAttachFromValues,
  evidenceAttachValues,
  evidenceFieldLabels,
  type EvidenceAttachField,
  type SourceMode,
} from "./evidence-form-values";
import { ErrorSummary } from "./form/error-summary";
import { failureFromError, fieldErrorsFromIssues } from "./form/field-errors";
import { FormActions } from "./form/form-actions";
import { RadioGroup, SelectField, TextAreaField, TextField, type Option } from "./form/fields";
import { credibilityOptions, reliabilityOptions, sourceTypeOptions, stanceOptions } from "./form/options";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";
import { sourceCreateFromValues, sourceOptionLabel } from "./source-form-values";

const modeOptions: Option[] = [
  { value: "existing", label: "Pick one already recorded" },
  { value: "new", label: "Enter a new one" },
];

/** "Attach a source as evidence": an existing source, or a new one that is recorded first and then attached. */
export function EvidenceAttachForm({ claimId, sources, headingId }: { claimId: string; sources: Option[]; headingId: string }) {
  const router = useRouter();
  const initialMode: SourceMode = sources.length > 0 ? "existing" : "new";
  const form = useFormState<EvidenceAttachField>("attach", evidenceAttachValues(initialMode));
  /** A source recorded by this form whose attaching failed: offered in the list so it is not recorded twice. */
  const [recorded, setRecorded] = useState<Option | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mode = form.values.sourceMode as SourceMode;
  const sourceOptions = recorded && !sources.some((option) => option.value === recorded.value) ? [recorded, ...sources] : sources;

  async function attachNewSource() {
    const sourceInput = sourceCreateFromValues({
      url: form.values["newSource.url"],
      title: form.values["newSource.title"],
      publisher: form.values["newSource.publisher"],
      type: form.values["newSource.type"],
      reliability: form.values["newSource.reliability"],
    });
    // Check the source and the evidence together, so that every problem shows at once.
    const sourceCheck = sourceCreateInput.safeParse(sourceInput);
    const evidenceCheck = evidenceAttachInput.safeParse(evidenceAttachFromValues(claimId, "to-be-created", form.values));
    const errors = {
      ...(sourceCheck.success ? {} : fieldErrorsFromIssues(sourceCheck.error.issues, "newSource.")),
      ...(evidenceCheck.success ? {} : fieldErrorsFromIssues(evidenceCheck.error.issues)),
    };
    if (Object.keys(errors).length > 0) return form.fail(errors);

    form.start();
    let source;
    try {
      source = await trpc.source.create.mutate(sourceInput);
    } catch (error) {
      return form.failWith(failureFromError(error, "newSource."));
    }
    const option = { value: source.id, label: sourceOptionLabel(source) };
    setRecorded(option);
    form.setValue("sourceMode", "existing");
    form.setValue("sourceId", source.id);
    try {
      return await trpc.evidence.attach.mutate(evidenceAttachFromValues(claimId, source.id, form.values));
    } catch (error) {
      const failure = failureFromError(error);
      form.fail(failure.fieldErrors, `The new source was recorded, but attaching it failed${failure.message ? `: ${failure.message}` : "."} It is now chosen under "Source"; try again.`);
      return undefined;
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const attached =
      mode === "new"
        ? await attachNewSource()
        : await sendValidated(form, evidenceAttachInput, evidenceAttachFromValues(claimId, form.values.sourceId, form.values), (input) =>
            trpc.evidence.attach.mutate(input),
          );
    if (!attached) return;
    setRecorded(null);
    form.reset(evidenceAttachValues(mode));
    setDone(`Attached: ${sourceOptionLabel(attached.source)}.`);
    router.refresh();
  }

  return (
    <form className="record-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <ErrorSummary formId={form.formId} errors={form.errors} labels={evidenceFieldLabels} message={form.message} attempt={form.attempt} title="The source was not attached" />
      <RadioGroup
        id={`${form.formId}-sourceMode`}
        legend={evidenceFieldLabels.sourceMode}
        options={modeOptions}
        value={mode}
        onValueChange={(value) => form.setValue("sourceMode", value)}
      />
      {mode === "existing" ? (
        <SelectField
          label={evidenceFieldLabels.sourceId}
          required
          options={sourceOptions}
          placeholder={sourceOptions.length ? "Choose a source" : "No other sources recorded yet"}
          hint="Sources already recorded, newest first, by publisher and title."
          {...form.field("sourceId")}
        />
      ) : (
        <fieldset className="field-group">
          <legend>New source</legend>
          <TextField label={evidenceFieldLabels["newSource.url"]} required type="url" inputMode="url" hint="Starting with http:// or https://." {...form.field("newSource.url")} />
          <TextField label={evidenceFieldLabels["newSource.title"]} {...form.field("newSource.title")} />
          <TextField label={evidenceFieldLabels["newSource.publisher"]} {...form.field("newSource.publisher")} />
          <div className="field-row">
            <SelectField label={evidenceFieldLabels["newSource.type"]} options={sourceTypeOptions} {...form.field("newSource.type")} />
            <SelectField label={evidenceFieldLabels["newSource.reliability"]} options={reliabilityOptions} {...form.field("newSource.reliability")} />
          </div>
        </fieldset>
      )}
      <div className="field-row">
        <SelectField label={evidenceFieldLabels.stance} required options={stanceOptions} placeholder="Choose a stance" hint="What the source does to the claim." {...form.field("stance")} />
        <SelectField label={evidenceFieldLabels.credibility} options={credibilityOptions} hint="Of this information, 1 to 6." {...form.field("credibility")} />
      </div>
      <TextAreaField label={evidenceFieldLabels.excerpt} rows={3} hint="The words in the source that matter." {...form.field("excerpt")} />
      <TextAreaField label={evidenceFieldLabels.note} rows={2} {...form.field("note")} />
      <FormActions submitLabel="Attach source" pending={form.pending} />
      <p className="form-done" role="status">
        {done}
      </p>
    </form>
  );
}
