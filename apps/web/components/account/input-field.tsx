import type { ChangeEvent, ReactNode } from "react";
import { readableMessage } from "@/components/form/field-errors";

// A labelled input for the account forms, laid out and wired like the form kit's fields (label, hint, errors
// via aria-describedby), with the types and autocomplete hints that sign-in and passwords need. Controlled
// (value + onValueChange) in client forms, or uncontrolled (name + defaultValue) in forms that post without
// JavaScript.

interface InputFieldProps {
  id: string;
  label: string;
  type: "email" | "password" | "text";
  /** "username", "current-password", "new-password", "email", "name", "off". */
  autoComplete: string;
  errors?: string[];
  hint?: ReactNode;
  required?: boolean;
  name?: string;
  defaultValue?: string;
  value?: string;
  onValueChange?(value: string): void;
  autoFocus?: boolean;
  className?: string;
}

export function InputField({ id, label, type, autoComplete, errors, hint, required, name, defaultValue, value, onValueChange, autoFocus, className }: InputFieldProps) {
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", invalid ? "field-invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? <span className="required-mark">(required)</span> : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="field-error">
          <span className="sr-only">Error: </span>
          {errors?.map(readableMessage).join(" ")}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        spellCheck={type === "text" ? undefined : false}
        autoCapitalize={type === "text" ? undefined : "none"}
        {...(onValueChange ? { value: value ?? "", onChange: (event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value) } : { defaultValue })}
      />
    </div>
  );
}
