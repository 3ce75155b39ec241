"use client";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { trpc } from "@/lib/trpc-client";
import { FormActions } from "@/components/form/form-actions";
import { InvitationLink, type Invitation } from "./invite-form";
import type { ManagedUser } from "./user-role-form";

/**
 * For someone invited who has not chosen a password (the link was lost or expired): a new link, shown once;
 * the earlier link stops working.
 */
export function ReinviteForm({ user, origin, headingLevel = 3 }: { user: ManagedUser; origin?: string | null; headingLevel?: 2 | 3 }) {
  const router = useRouter();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `reinvite-${user.id}-heading`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const result = await trpc.user.reinvite.mutate({ id: user.id });
      setInvitation({
        name: result.user.name,
        email: result.user.email,
        role: result.user.role,
        url: new URL(result.invitationPath, origin ?? window.location.origin).toString(),
        expiresAt: result.expiresAt,
      });
      router.refresh();
      requestAnimationFrame(() => heading.current?.focus());
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "The invitation was not renewed.");
    } finally {
      setPending(false);
    }
  }

  if (invitation) return <InvitationLink invitation={invitation} headingRef={heading} onDone={() => setInvitation(null)} />;
  return (
    <form className="record-form inline-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading id={headingId}>
        New invitation link<span className="sr-only"> for {user.name}</span>
      </Heading>
      <p className="form-note">{user.name} has not chosen a password yet. A new link replaces the earlier one, which stops working.</p>
      {error ? (
        <p className="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <FormActions
        submitLabel={
          <>
            Make a new link<span className="sr-only"> for {user.name}</span>
          </>
        }
        submitClassName="button"
        pending={pending}
      />
    </form>
  );
}
