import type { ChangeEvent, ReactNode } from "react";
import { FieldShell, controlProps } from "@/components/form/fields";

// A labelled input for the account forms, in the form kit's field shell (label, hint, errors via
// aria-describedby), with the types and autocomplete hints that sign-in and passwords need. Controlled
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
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} errors={errors} className={className}>
      <input
        {...controlProps({ id, errors, hint, required })}
        name={name}
        type={type}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        spellCheck={type === "text" ? undefined : false}
        autoCapitalize={type === "text" ? undefined : "none"}
        {...(onValueChange ? { value: value ?? "", onChange: (event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value) } : { defaultValue })}
      />
    </FieldShell>
  );
}
