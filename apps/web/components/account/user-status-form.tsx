"use client";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { userDeactivateInput, userReactivateInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { DoneMessage, useDoneMessage } from "@/components/form/done-message";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextAreaField } from "@/components/form/fields";
import { FormActions } from "@/components/form/form-actions";
import { textOrOmit } from "@/components/form/form-values";
import { sendValidated } from "@/components/form/send-validated";
import { useFormState } from "@/components/form/use-form-state";
import { liftingControls } from "./form-controls";
import type { ManagedUser } from "./user-role-form";

const labels = { reason: "Reason" };

/**
 * Deactivates an account (the person is signed out at once and cannot sign in; their history stays) or
 * reactivates it. Deactivating asks first, like deleting a record: "Deactivate" opens the question, the
 * optional reason and "Yes, deactivate"; reactivating harms nobody and is one step. The API refuses to
 * deactivate yourself or the last admin, and the form says so in its words.
 */
export function UserStatusForm({ user, isSelf, headingLevel = 3 }: { user: ManagedUser; isSelf: boolean; headingLevel?: 2 | 3 }) {
  const router = useRouter();
  const form = useFormState<"reason">(`user-status-${user.id}`, { reason: "" });
  const { done, doneRef, sayDone, clearDone } = useDoneMessage();
  const deactivated = user.status === "DEACTIVATED";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${form.formId}-heading`;
  const [confirming, setConfirming] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Where the keyboard goes when the question opens or closes (not on the first render).
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (confirming) formRef.current?.querySelector("textarea")?.focus();
    else askButton.current?.focus();
  }, [confirming]);

  const ask = (open: boolean) => {
    moveFocus.current = true;
    clearDone();
    setConfirming(open);
  };

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && confirming && !form.pending) {
      event.preventDefault();
      ask(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter in the closed form only opens the question.
    if (!deactivated && !confirming) {
      ask(true);
      return;
    }
    clearDone();
    const input = { id: user.id, reason: textOrOmit(form.values.reason) };
    const controls = liftingControls(form, ["id"]);
    const saved = deactivated
      ? await sendValidated(controls, userReactivateInput, input, (checked) => trpc.user.reactivate.mutate(checked))
      : await sendValidated(controls, userDeactivateInput, input, (checked) => trpc.user.deactivate.mutate(checked));
    if (!saved) return;
    form.reset({ reason: "" });
    setConfirming(false);
    sayDone(saved.deactivatedAt ? `${saved.name}'s account is deactivated.` : `${saved.name}'s account is active again.`);
    router.refresh();
  }

  const reasonField = <TextAreaField label={labels.reason} rows={2} hint="Optional; kept in the account's history." {...form.field("reason")} />;

  return (
    <form ref={formRef} className="record-form inline-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={headingId}>
      <Heading id={headingId}>
        {deactivated ? "Reactivate account" : "Deactivate account"}
        <span className="sr-only"> of {user.name}</span>
      </Heading>
      <ErrorSummary
        formId={form.formId}
        errors={form.errors}
        labels={labels}
        message={form.message}
        attempt={form.attempt}
        title={deactivated ? "The account was not reactivated" : "The account was not deactivated"}
      />
      <p className="form-note">
        {deactivated
          ? "They can sign in again with their password (or accept their invitation if they never did)."
          : isSelf
            ? "This is your own account: another admin has to deactivate it."
            : "They are signed out at once and cannot sign in; everything they recorded stays, with their name."}
      </p>
      {deactivated ? (
        <>
          {reasonField}
          <FormActions
            submitLabel={
              <>
                Reactivate<span className="sr-only"> {user.name}</span>
              </>
            }
            submitClassName="button button-primary"
            pending={form.pending}
          />
        </>
      ) : confirming ? (
        <div className="delete-form">
          <p className="delete-question">Deactivate {user.name}&apos;s account? They are signed out at once.</p>
          {reasonField}
          <FormActions
            submitLabel={
              <>
                Yes, deactivate<span className="sr-only"> {user.name}</span>
              </>
            }
            submitClassName="button button-danger"
            pending={form.pending}
            pendingText="Deactivating…"
            onCancel={() => ask(false)}
          />
        </div>
      ) : (
        <p>
          <button ref={askButton} type="button" className="button button-danger-quiet" onClick={() => ask(true)}>
            Deactivate<span className="sr-only"> {user.name}</span>
          </button>
        </p>
      )}
      <DoneMessage message={done} ref={doneRef} />
    </form>
  );
}
