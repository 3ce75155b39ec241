"use client";
import { useEffect, useRef, type FormEvent } from "react";
import { evidenceUpdateInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { evidenceFieldLabels, evidenceEditValues, evidenceUpdateFromValues, type EvidenceEditField } from "./evidence-form-values";
import { ErrorSummary } from "./form/error-summary";
import { SelectField, TextAreaField } from "./form/fields";
import { FormActions } from "./form/form-actions";
import { credibilityOptions, stanceOptions } from "./form/options";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";
import type { EvidenceStance } from "@claimdesk/schemas";

interface EvidenceEditFormProps {
  evidence: { id: string; stance: EvidenceStance; credibility: number; excerpt: string | null; note: string | null };
  /** Names the form for assistive technology: "Edit evidence from Reuters". */
  name: string;
  onSaved(): void;
  onCancel(): void;
}

/** Edits one evidence item in place, under its row. */
export function EvidenceEditForm({ evidence, name, onSaved, onCancel }: EvidenceEditFormProps) {
  const form = useFormState<EvidenceEditField>(`evidence-${evidence.id}`, evidenceEditValues(evidence));
  const firstField = useRef<HTMLDivElement>(null);

  useEffect(() => {
    firstField.current?.querySelector("select")?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await sendValidated(form, evidenceUpdateInput, evidenceUpdateFromValues(evidence.id, form.values), (input) =>
      trpc.evidence.update.mutate(input),
    );
    if (saved) onSaved();
  }

  return (
    <form className="record-form inline-form" noValidate onSubmit={submit} aria-label={name}>
      <ErrorSummary formId={form.formId} errors={form.errors} labels={evidenceFieldLabels} message={form.message} attempt={form.attempt} title="The evidence was not saved" />
      <div className="field-row" ref={firstField}>
        <SelectField label={evidenceFieldLabels.stance} required options={stanceOptions} {...form.field("stance")} />
        <SelectField label={evidenceFieldLabels.credibility} options={credibilityOptions} {...form.field("credibility")} />
      </div>
      <TextAreaField label={evidenceFieldLabels.excerpt} rows={3} {...form.field("excerpt")} />
      <TextAreaField label={evidenceFieldLabels.note} rows={2} {...form.field("note")} />
      <FormActions submitLabel="Save changes" pending={form.pending} onCancel={onCancel} />
    </form>
  );
}
