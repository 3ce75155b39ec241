"use client";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { claimDeleteInput, deleteWithReasonInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { readableMessage } from "./form/field-errors";
import { TextAreaField } from "./form/fields";
import { FormActions } from "./form/form-actions";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";

export type DeleteTarget =
  | { kind: "event"; id: string }
  | { kind: "claim"; id: string; version: number }
  | { kind: "source"; id: string }
  | { kind: "evidence"; id: string };

function remove(target: DeleteTarget, reason: string): Promise<unknown> {
  const { id } = target;
  switch (target.kind) {
    case "event":
      return trpc.event.delete.mutate({ id, reason });
    case "claim":
      return trpc.claim.delete.mutate({ id, version: target.version, reason });
    case "source":
      return trpc.source.delete.mutate({ id, reason });
    case "evidence":
      return trpc.evidence.detach.mutate({ id, reason });
  }
}

interface DeleteFormProps {
  target: DeleteTarget;
  /** Asked above the reason: "Delete this event for good?" */
  question: string;
  /** The confirming button: "Yes, delete the event". */
  confirmLabel: string;
  /** Where to go afterwards; without it the page is refreshed in place. */
  afterPath?: string;
  onCancel(): void;
}

/**
 * The confirmation: why it goes (required; the history keeps it), then the confirming button. The API's refusal
 * (still in use, changed meanwhile) is shown as it says it; Escape or Cancel closes the form.
 */
export function DeleteForm({ target, question, confirmLabel, afterPath, onCancel }: DeleteFormProps) {
  const router = useRouter();
  const formId = `delete-${target.kind}-${target.id}`;
  const form = useFormState<"reason">(formId, { reason: "" });
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusReason = () => formRef.current?.querySelector("textarea")?.focus();

  useEffect(focusReason, []);
  // After a refusal: back to the reason when it is at fault, otherwise the message (role="alert") is read out.
  useEffect(() => {
    if (form.attempt > 0 && form.errors.reason) focusReason();
  }, [form.attempt, form.errors.reason]);

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = form.values.reason;
    const removed =
      target.kind === "claim"
        ? await sendValidated(form, claimDeleteInput, { id: target.id, version: target.version, reason }, () => remove(target, reason).then(() => true))
        : await sendValidated(form, deleteWithReasonInput, { id: target.id, reason }, () => remove(target, reason).then(() => true));
    if (!removed) return;
    setDone(true);
    if (afterPath) router.push(afterPath);
    router.refresh();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && !form.pending && !done) {
      event.preventDefault();
      onCancel();
    }
  }

  // Problems with anything but the reason (a stale version, a record still in use) are said above the field.
  const otherProblems = Object.entries(form.errors)
    .filter(([name]) => name !== "reason")
    .flatMap(([, messages]) => messages.map(readableMessage));
  const problem = [form.message, ...otherProblems].filter(Boolean).join(" ");
  const busy = form.pending || done;

  return (
    <form ref={formRef} className="delete-form" noValidate onSubmit={confirm} onKeyDown={onKeyDown} aria-labelledby={`${formId}-question`}>
      <p id={`${formId}-question`} className="delete-question">
        {question}
      </p>
      {problem ? (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      ) : null}
      <TextAreaField label="Reason" required rows={2} hint="Why it goes: the history keeps this with the deletion." {...form.field("reason")} />
      <FormActions submitLabel={confirmLabel} submitClassName="button button-danger" pending={busy} pendingText="Deleting…" onCancel={onCancel} />
    </form>
  );
}

interface DeleteButtonProps extends Omit<DeleteFormProps, "onCancel"> {
  /** The button: "Delete event", "Detach". */
  label: string;
  /** Read out after the label only, to tell like buttons apart: " Reuters". */
  labelDetail?: string;
}

/** Removes a record after an inline confirmation that asks why; Cancel gives the keyboard back to the button. */
export function DeleteButton({ label, labelDetail, ...formProps }: DeleteButtonProps) {
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!open && returnFocus.current) openRef.current?.focus();
  }, [open]);

  return (
    <div className="delete-control">
      {open ? (
        <DeleteForm
          {...formProps}
          onCancel={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        />
      ) : (
        <button ref={openRef} type="button" className="button button-danger-quiet" onClick={() => setOpen(true)}>
          {label}
          {labelDetail ? <span className="sr-only">{labelDetail}</span> : null}
        </button>
      )}
    </div>
  );
}
