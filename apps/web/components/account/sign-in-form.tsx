"use client";
import { useActionState } from "react";
import { signIn } from "@/app/sign-in/actions";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormActions } from "@/components/form/form-actions";
import { InputField } from "./input-field";
import type { SignInState } from "./sign-in-state";

const FORM_ID = "sign-in";
const labels = { email: "Email", password: "Password" };

/**
 * Email and password, posted to a server action: it works before (and without) JavaScript. A refused attempt
 * keeps the email as typed and says why; the password is asked for again.
 */
export function SignInForm({ email, next }: { email: string; next: string | null }) {
  const initial: SignInState = { email, message: null, fieldErrors: {}, attempt: 0 };
  const [state, formAction, pending] = useActionState(signIn, initial);

  return (
    <form className="record-form account-form" action={formAction} noValidate aria-label="Sign in">
      <ErrorSummary
        formId={FORM_ID}
        errors={state.fieldErrors}
        labels={labels}
        message={state.message}
        attempt={state.attempt}
        title="You are not signed in"
      />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <InputField
        // A new key per attempt: the field shows the email as sent even after React resets the form.
        key={`email-${state.attempt}`}
        id={`${FORM_ID}-email`}
        name="email"
        label={labels.email}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        errors={state.fieldErrors.email}
        autoFocus={state.attempt === 0 && !state.email}
      />
      <InputField
        key={`password-${state.attempt}`}
        id={`${FORM_ID}-password`}
        name="password"
        label={labels.password}
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors.password}
        autoFocus={state.attempt === 0 && Boolean(state.email)}
      />
      <FormActions submitLabel="Sign in" pending={pending} pendingText="Signing in…" worksWithoutScript />
    </form>
  );
}
