"use client";
import { useRef, useState, type FormEvent, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { aRole, userInviteInput, type Role } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { DateTime } from "@/components/date-time";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField, TextField } from "@/components/form/fields";
import { FormActions } from "@/components/form/form-actions";
import { choice } from "@/components/form/form-values";
import { sendValidated } from "@/components/form/send-validated";
import { useFormState } from "@/components/form/use-form-state";
import { InputField } from "./input-field";
import { ROLE_HINT, roleOptions } from "./role-options";

type InviteField = "email" | "name" | "role";
const labels: Record<InviteField, string> = { email: "Email", name: "Name", role: "Role" };
const blank: Record<InviteField, string> = { email: "", name: "", role: "" };

export interface Invitation {
  name: string;
  email: string;
  role: Role;
  url: string;
  expiresAt: Date;
}

/**
 * Invites a person: the API creates their account and returns the link with which they choose a password. The
 * link is shown here once (the database keeps only its hash), to be passed on to them.
 */
export function InviteForm({ origin }: { origin: string | null }) {
  const router = useRouter();
  const form = useFormState<InviteField>("invite", blank);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const invitationHeading = useRef<HTMLHeadingElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { email: form.values.email, name: form.values.name, role: choice<Role>(form.values.role) };
    const invited = await sendValidated(form, userInviteInput, input, (checked) => trpc.user.invite.mutate(checked));
    if (!invited) return;
    const base = origin ?? window.location.origin;
    setInvitation({
      name: invited.user.name,
      email: invited.user.email,
      role: invited.user.role,
      url: new URL(invited.invitationPath, base).toString(),
      expiresAt: invited.expiresAt,
    });
    form.reset(blank);
    router.refresh();
    // After the link is on screen.
    requestAnimationFrame(() => invitationHeading.current?.focus());
  }

  return (
    <>
      {invitation ? <InvitationLink invitation={invitation} headingRef={invitationHeading} onDone={() => setInvitation(null)} /> : null}
      <form className="record-form" noValidate onSubmit={submit} aria-labelledby="invite-heading">
        <ErrorSummary formId={form.formId} errors={form.errors} labels={labels} message={form.message} attempt={form.attempt} title="Nobody was invited" />
        <div className="field-row">
          <InputField label={labels.email} type="email" autoComplete="off" required {...form.field("email")} />
          <TextField label={labels.name} required hint="As colleagues will see it in the history." {...form.field("name")} />
        </div>
        <SelectField label={labels.role} required options={roleOptions} placeholder="Choose a role" hint={ROLE_HINT} {...form.field("role")} />
        <FormActions submitLabel="Invite" pending={form.pending} />
      </form>
    </>
  );
}

export function InvitationLink({
  invitation,
  headingRef,
  onDone,
}: {
  invitation: Invitation;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone(): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopied("Copied the link.");
    } catch {
      // No clipboard access (a plain-HTTP address other than localhost): select it for Ctrl+C.
      input.current?.focus();
      input.current?.select();
      setCopied("The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  }

  return (
    <div className="invitation-link" role="region" aria-labelledby="invitation-link-heading">
      <h3 id="invitation-link-heading" ref={headingRef} tabIndex={-1}>
        {invitation.name} is invited as {aRole(invitation.role)}
      </h3>
      <p>
        Send this link to {invitation.name} ({invitation.email}). <strong>It is shown only now:</strong> copy it before you leave this page. It is
        valid until <DateTime value={invitation.expiresAt} />.
      </p>
      <div className="copy-row">
        <label htmlFor="invitation-url" className="sr-only">
          Invitation link for {invitation.name}
        </label>
        <input ref={input} id="invitation-url" type="text" readOnly value={invitation.url} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button-primary" onClick={copy}>
          Copy link
        </button>
      </div>
      <p className="form-done" role="status">
        {copied}
      </p>
      <p>
        <button type="button" className="button" onClick={onDone}>
          Done, hide the link
        </button>
      </p>
    </div>
  );
}
