"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { evidenceAttachInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import {
  evidenceAttachFromValues,
  evidenceAttachValues,
  evidenceFieldLabels,
  type EvidenceAttachField,
  type SourceMode,
} from "./evidence-form-values";
import { ErrorSummary } from "./form/error-summary";
import { DoneMessage } from "./form/done-message";
import { FormActions } from "./form/form-actions";
import { RadioGroup, SelectField, TextAreaField, TextField, type Option } from "./form/fields";
import { credibilityOptions, reliabilityOptions, sourceTypeOptions, stanceOptions } from "./form/options";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";
import { sourceOptionLabel } from "./source-form-values";

const modeOptions: Option[] = [
  { value: "existing", label: "Pick one already recorded" },
  { value: "new", label: "Enter a new one" },
];

/** "Attach a source as evidence": an existing source, or a new one recorded together with the link. */
export function EvidenceAttachForm({ claimId, sources, headingId }: { claimId: string; sources: Option[]; headingId: string }) {
  const router = useRouter();
  const initialMode: SourceMode = sources.length > 0 ? "existing" : "new";
  const form = useFormState<EvidenceAttachField>("attach", evidenceAttachValues(initialMode));
  const [done, setDone] = useState<string | null>(null);
  const mode = form.values.sourceMode as SourceMode;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    // A new source and its link are one request: both are recorded, or neither.
    const attached = await sendValidated(form, evidenceAttachInput, evidenceAttachFromValues(claimId, form.values), (input) =>
      trpc.evidence.attach.mutate(input),
    );
    if (!attached) return;
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
          options={sources}
          placeholder={sources.length ? "Choose a source" : "No other sources recorded yet"}
          hint="Sources already recorded, newest first, by publisher and title."
          {...form.field("sourceId")}
        />
      ) : (
        <fieldset className="field-group">
          <legend>New source</legend>
          <TextField label={evidenceFieldLabels["source.url"]} required type="url" inputMode="url" hint="Starting with http:// or https://." {...form.field("source.url")} />
          <TextField label={evidenceFieldLabels["source.title"]} {...form.field("source.title")} />
          <TextField label={evidenceFieldLabels["source.publisher"]} {...form.field("source.publisher")} />
          <div className="field-row">
            <SelectField label={evidenceFieldLabels["source.type"]} options={sourceTypeOptions} {...form.field("source.type")} />
            <SelectField label={evidenceFieldLabels["source.reliability"]} options={reliabilityOptions} {...form.field("source.reliability")} />
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
      <DoneMessage message={done} />
    </form>
  );
}
