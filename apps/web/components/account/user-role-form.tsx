"use client";
import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { aRole, roleWord, userSetRoleInput, type Role } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { DoneMessage, useDoneMessage } from "@/components/form/done-message";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField, TextAreaField } from "@/components/form/fields";
import { FormActions } from "@/components/form/form-actions";
import { choice, textOrOmit } from "@/components/form/form-values";
import { sendValidated } from "@/components/form/send-validated";
import { useFormState } from "@/components/form/use-form-state";
import { liftingControls } from "./form-controls";
import { ROLE_HINT, roleOptions } from "./role-options";

type RoleField = "role" | "reason";
const labels: Record<RoleField, string> = { role: "Role", reason: "Reason" };

export interface ManagedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: "ACTIVE" | "INVITED" | "DEACTIVATED";
}

/** Changes a person's role, with an optional reason that the history keeps. */
export function UserRoleForm({ user, isSelf, headingLevel = 3 }: { user: ManagedUser; isSelf: boolean; headingLevel?: 2 | 3 }) {
  const router = useRouter();
  const form = useFormState<RoleField>(`user-role-${user.id}`, { role: user.role, reason: "" });
  const { done, doneRef, sayDone, clearDone } = useDoneMessage();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${form.formId}-heading`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearDone();
    if (form.values.role === user.role) {
      form.fail({ role: [`${user.name} already has the ${roleWord(user.role)} role: choose another one`] });
      return;
    }
    const input = { id: user.id, role: choice<Role>(form.values.role), reason: textOrOmit(form.values.reason) };
    const saved = await sendValidated(liftingControls(form, ["id"]), userSetRoleInput, input, (checked) => trpc.user.setRole.mutate(checked));
    if (!saved) return;
    form.reset({ role: saved.role, reason: "" });
    sayDone(`${saved.name} is now ${aRole(saved.role)}.`);
    router.refresh();
  }

  return (
    <form className="record-form inline-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading id={headingId}>
        Change role<span className="sr-only"> of {user.name}</span>
      </Heading>
      <ErrorSummary formId={form.formId} errors={form.errors} labels={labels} message={form.message} attempt={form.attempt} title="The role was not changed" />
      <SelectField
        label={labels.role}
        required
        options={roleOptions}
        hint={isSelf ? `${ROLE_HINT} This is your own account: without the admin role you can no longer manage users.` : ROLE_HINT}
        {...form.field("role")}
      />
      <TextAreaField label={labels.reason} rows={2} hint="Optional; kept in the account's history." {...form.field("reason")} />
      <FormActions submitLabel="Change role" pending={form.pending} />
      <DoneMessage message={done} ref={doneRef} />
    </form>
  );
}
