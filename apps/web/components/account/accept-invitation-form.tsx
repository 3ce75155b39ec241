"use client";
import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { invitationAcceptInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { ErrorSummary } from "@/components/form/error-summary";
import { fieldErrorsFromIssues } from "@/components/form/field-errors";
import { FormActions } from "@/components/form/form-actions";
import { sendValidated } from "@/components/form/send-validated";
import { useFormState } from "@/components/form/use-form-state";
import { liftingControls } from "./form-controls";
import { NewPasswordFields } from "./new-password-fields";
import { SIGN_IN_PATH } from "./sign-in-path";

type InvitationField = "password" | "confirmPassword";

const labels: Record<InvitationField, string> = { password: "Password", confirmPassword: "Password again" };

/** The invited person chooses their password, then signs in with it. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const router = useRouter();
  const form = useFormState<InvitationField>("accept-invitation", { password: "", confirmPassword: "" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { token, password: form.values.password };
    // Errors about the link itself (expired, used) are said above the form: the person cannot fix them there.
    const controls = liftingControls(form, ["token"]);
    if (form.values.confirmPassword !== form.values.password) {
      const parsed = invitationAcceptInput.safeParse(input);
      const errors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
      controls.fail({ ...errors, confirmPassword: ["Does not match the password: type the same password twice"] });
      return;
    }
    const accepted = await sendValidated(controls, invitationAcceptInput, input, (checked) => trpc.account.acceptInvitation.mutate(checked));
    if (!accepted) return;
    router.push(`${SIGN_IN_PATH}?${new URLSearchParams({ email: accepted.email, accepted: "1" })}`);
  }

  return (
    <form className="record-form account-form" noValidate onSubmit={submit} aria-label="Choose your password">
      <ErrorSummary formId={form.formId} errors={form.errors} labels={labels} message={form.message} attempt={form.attempt} title="Your password was not set" />
      <NewPasswordFields
        passwordLabel={labels.password}
        confirmLabel={labels.confirmPassword}
        password={form.field("password")}
        confirm={form.field("confirmPassword")}
      />
      <FormActions submitLabel="Set password" pending={form.pending} />
    </form>
  );
}
