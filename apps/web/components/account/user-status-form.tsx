"use client";
import type { FormEvent } from "react";
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
 * reactivates it. The API refuses to deactivate yourself or the last admin, and the form says so in its words.
 */
export function UserStatusForm({ user, isSelf, headingLevel = 3 }: { user: ManagedUser; isSelf: boolean; headingLevel?: 2 | 3 }) {
  const router = useRouter();
  const form = useFormState<"reason">(`user-status-${user.id}`, { reason: "" });
  const { done, doneRef, sayDone, clearDone } = useDoneMessage();
  const deactivated = user.status === "DEACTIVATED";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${form.formId}-heading`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearDone();
    const input = { id: user.id, reason: textOrOmit(form.values.reason) };
    const controls = liftingControls(form, ["id"]);
    const saved = deactivated
      ? await sendValidated(controls, userReactivateInput, input, (checked) => trpc.user.reactivate.mutate(checked))
      : await sendValidated(controls, userDeactivateInput, input, (checked) => trpc.user.deactivate.mutate(checked));
    if (!saved) return;
    form.reset({ reason: "" });
    sayDone(saved.deactivatedAt ? `${saved.name}'s account is deactivated.` : `${saved.name}'s account is active again.`);
    router.refresh();
  }

  return (
    <form className="record-form inline-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
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
      <TextAreaField label={labels.reason} rows={2} hint="Optional; kept in the account's history." {...form.field("reason")} />
      <FormActions
        submitLabel={
          <>
            {deactivated ? "Reactivate" : "Deactivate"}
            <span className="sr-only"> {user.name}</span>
          </>
        }
        submitClassName={deactivated ? "button button-primary" : "button button-danger"}
        pending={form.pending}
      />
      <DoneMessage message={done} ref={doneRef} />
    </form>
  );
}
