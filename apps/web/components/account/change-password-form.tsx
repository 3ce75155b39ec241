"use client";
import type { FormEvent } from "react";
import { passwordChangeInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { ErrorSummary } from "@/components/form/error-summary";
import { DoneMessage, useDoneMessage } from "@/components/form/done-message";
import { fieldErrorsFromIssues } from "@/components/form/field-errors";
import { FormActions } from "@/components/form/form-actions";
import { sendValidated } from "@/components/form/send-validated";
import { useFormState } from "@/components/form/use-form-state";
import { InputField } from "./input-field";
import { NewPasswordFields } from "./new-password-fields";

type PasswordField = "currentPassword" | "newPassword" | "confirmPassword";

const labels: Record<PasswordField, string> = {
  currentPassword: "Current password",
  newPassword: "New password",
  confirmPassword: "New password again",
};

const blank: Record<PasswordField, string> = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** The signed-in person's own password; other sessions of the account are signed out when it changes. */
export function ChangePasswordForm() {
  const form = useFormState<PasswordField>("change-password", blank);
  const { done, doneRef, sayDone, clearDone } = useDoneMessage();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearDone();
    const input = { currentPassword: form.values.currentPassword, newPassword: form.values.newPassword };
    if (form.values.confirmPassword !== form.values.newPassword) {
      const parsed = passwordChangeInput.safeParse(input);
      const errors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
      form.fail({ ...errors, confirmPassword: ["Does not match the new password: type the same password twice"] });
      return;
    }
    const result = await sendValidated(form, passwordChangeInput, input, (checked) => trpc.account.changePassword.mutate(checked));
    if (!result) return;
    form.reset(blank);
    const others = result.otherSessionsSignedOut;
    sayDone(
      others > 0
        ? `Your password has been changed. ${others} other session${others === 1 ? " was" : "s were"} signed out.`
        : "Your password has been changed.",
    );
  }

  return (
    <form className="record-form account-form" noValidate onSubmit={submit} aria-labelledby="change-password-heading">
      <ErrorSummary formId={form.formId} errors={form.errors} labels={labels} message={form.message} attempt={form.attempt} title="The password was not changed" />
      <InputField label={labels.currentPassword} type="password" autoComplete="current-password" required {...form.field("currentPassword")} />
      <NewPasswordFields
        passwordLabel={labels.newPassword}
        confirmLabel={labels.confirmPassword}
        password={form.field("newPassword")}
        confirm={form.field("confirmPassword")}
      />
      <FormActions submitLabel="Change password" pending={form.pending} />
      <DoneMessage message={done} ref={doneRef} />
    </form>
  );
}
