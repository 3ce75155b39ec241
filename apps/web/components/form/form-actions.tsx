import Link from "next/link";
import type { ReactNode } from "react";

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
}

/** The submit button, a way back without saving, and the status said while the form is sent. */
export function FormActions({ submitLabel, pending, pendingText = "Saving…", submitClassName = "button button-primary", cancelHref, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={submitClassName} disabled={pending}>
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
