"use client";
import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { sourceCreateInput, sourceUpdateInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { ErrorSummary } from "./form/error-summary";
import { FormActions } from "./form/form-actions";
import { SelectField, TextField, type Option } from "./form/fields";
import { reliabilityOptions, sourceTypeOptions } from "./form/options";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";
import { sourceCreateFromValues, sourceFieldLabels, sourceUpdateFromValues, type SourceField, type SourceFormValues } from "./source-form-values";

type SourceFormProps = {
  initialValues: SourceFormValues;
  /** Sources this one may repeat (value = id). */
  sources: Option[];
  cancelHref: string;
} & ({ mode: "create" } | { mode: "edit"; id: string });

export function SourceForm(props: SourceFormProps) {
  const router = useRouter();
  const form = useFormState<SourceField>("source", props.initialValues);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved =
      props.mode === "create"
        ? await sendValidated(form, sourceCreateInput, sourceCreateFromValues(form.values), (input) => trpc.source.create.mutate(input))
        : await sendValidated(form, sourceUpdateInput, sourceUpdateFromValues(props.id, form.values), (input) => trpc.source.update.mutate(input));
    if (!saved) return;
    router.push(`/sources/${saved.id}`);
    router.refresh();
  }

  return (
    <form className="record-form" noValidate onSubmit={submit} aria-label={props.mode === "create" ? "New source" : "Edit source"}>
      <ErrorSummary formId={form.formId} errors={form.errors} labels={sourceFieldLabels} message={form.message} attempt={form.attempt} title="The source was not saved" />
      <TextField label={sourceFieldLabels.url} required type="url" inputMode="url" hint="The web address, starting with http:// or https://." {...form.field("url")} />
      <TextField label={sourceFieldLabels.title} {...form.field("title")} />
      <div className="field-row">
        <TextField label={sourceFieldLabels.publisher} hint="The outlet or body that published it." {...form.field("publisher")} />
        <TextField label={sourceFieldLabels.author} {...form.field("author")} />
      </div>
      <TextField label={sourceFieldLabels.publishedAt} type="datetime-local" hint="In UTC." {...form.field("publishedAt")} />
      <div className="field-row">
        <SelectField label={sourceFieldLabels.type} options={sourceTypeOptions} {...form.field("type")} />
        <SelectField label={sourceFieldLabels.reliability} options={reliabilityOptions} hint="The Admiralty grade, A to F." {...form.field("reliability")} />
      </div>
      <SelectField
        label={sourceFieldLabels.repeatsSourceId}
        options={props.sources}
        placeholder="Repeats no other source"
        hint="The source this one carries or copies (an outlet running a wire story), so both count as one origin."
        {...form.field("repeatsSourceId")}
      />
      <FormActions submitLabel={props.mode === "create" ? "Create source" : "Save changes"} pending={form.pending} cancelHref={props.cancelHref} />
    </form>
  );
}
