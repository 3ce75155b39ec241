"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

interface FormActionsProps {
  /** The submit button's words; a ReactNode so that a hidden detail can tell like buttons apart. */
  submitLabel: ReactNode;
  pending: boolean;
  /** Said beside the buttons while the form is sent. */
  pendingText?: string;
  submitClassName?: string;
  /** A way back without saving: a link to leave the page, or a button that closes an inline form. */
  cancelHref?: string;
  onCancel?(): void;
  /** A form posted to a server action works without JavaScript; the others wait for it (see useHydrated). */
  worksWithoutScript?: boolean;
}

/** The submit button, a way back without saving, and the status said while the form is sent. */
export function FormActions({
  submitLabel,
  pending,
  pendingText = "Saving…",
  submitClassName = "button button-primary",
  cancelHref,
  onCancel,
  worksWithoutScript = false,
}: FormActionsProps) {
  const hydrated = useHydrated();
  return (
    <div className="form-actions">
      <button type="submit" className={submitClassName} disabled={pending || (!worksWithoutScript && !hydrated)}>
        {submitLabel}
      </button>
      {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      {onCancel ? (
        <button type="button" className="button" disabled={pending} onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      <span className="form-status" role="status">
        {pending ? pendingText : ""}
      </span>
    </div>
  );
}
