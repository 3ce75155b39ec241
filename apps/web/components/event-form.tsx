"use client";
import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { eventCreateInput, eventUpdateInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { ErrorSummary } from "./form/error-summary";
import { FormActions } from "./form/form-actions";
import { sendValidated } from "./form/send-validated";
import { TextAreaField, TextField } from "./form/fields";
import { useFormState } from "./form/use-form-state";
import { eventCreateFromValues, eventFieldLabels, eventUpdateFromValues, type EventField, type EventFormValues } from "./event-form-values";

type EventFormProps = { initialValues: EventFormValues; cancelHref: string } & ({ mode: "create" } | { mode: "edit"; id: string });

export function EventForm(props: EventFormProps) {
  const router = useRouter();
  const form = useFormState<EventField>("event", props.initialValues);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved =
      props.mode === "create"
        ? await sendValidated(form, eventCreateInput, eventCreateFromValues(form.values), (input) => trpc.event.create.mutate(input))
        : await sendValidated(form, eventUpdateInput, eventUpdateFromValues(props.id, form.values), (input) => trpc.event.update.mutate(input));
    if (!saved) return;
    router.push(`/events/${saved.id}`);
    router.refresh();
  }

  return (
    <form className="record-form" noValidate onSubmit={submit} aria-label={props.mode === "create" ? "New event" : "Edit event"}>
      <ErrorSummary
        formId={form.formId}
        errors={form.errors}
        labels={eventFieldLabels}
        message={form.message}
        attempt={form.attempt}
        title="The event was not saved"
      />
      <TextField label={eventFieldLabels.title} required {...form.field("title")} />
      <TextField
        label={eventFieldLabels.occurredAt}
        type="datetime-local"
        hint="Date and time in UTC, as you type it."
        {...form.field("occurredAt")}
      />
      <TextField label={eventFieldLabels.location} hint="Town, region, country." {...form.field("location")} />
      <TextAreaField label={eventFieldLabels.summary} rows={4} {...form.field("summary")} />
      <FormActions submitLabel={props.mode === "create" ? "Create event" : "Save changes"} pending={form.pending} cancelHref={props.cancelHref} />
    </form>
  );
}
