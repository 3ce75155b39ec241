"use client";
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { readableMessage, type FieldErrors } from "./field-errors";
import { fieldId } from "./field-id";

interface ErrorSummaryProps {
  formId: string;
  errors: FieldErrors;
  /**
   * The label of each field the form shows, by field name, in the order the form shows them: the summary lists
   * errors in that order. Errors for other names are listed last, as they are.
   */
  labels: Record<string, string>;
  message: string | null;
  /** Changes on every failed submission: the summary then takes focus so that it is read out. */
  attempt: number;
  /** What was not done, naming the record: "The event was not saved". */
  title: string;
  children?: ReactNode;
}

/** The list of problems at the top of a form, each linked to its field. */
export function ErrorSummary({ formId, errors, labels, message, attempt, title, children }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  const entries = inFieldOrder(Object.entries(errors), Object.keys(labels));
  if (entries.length === 0 && !message && !children) return null;
  const headingId = `${formId}-error-summary`;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {message ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, messages]) => {
            const label = labels[name];
            const text = `${label ?? name}: ${messages.map(readableMessage).join(" ")}`;
            return <li key={name}>{label ? <a href={`#${fieldId(formId, name)}`} onClick={focusField}>{text}</a> : text}</li>;
          })}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

/**
 * Errors in the order of the form's fields, not the order the schema happened to report them. An error on a
 * group ("casualty") goes where the group's first field ("casualty.min") is.
 */
function inFieldOrder<T>(entries: [string, T][], fieldOrder: string[]): [string, T][] {
  const position = (name: string) => {
    const at = fieldOrder.findIndex((field) => field === name || field.startsWith(`${name}.`));
    return at === -1 ? fieldOrder.length : at;
  };
  return entries.map((entry, index) => ({ entry, index, at: position(entry[0]) })).sort((a, b) => a.at - b.at || a.index - b.index).map(({ entry }) => entry);
}

function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}
