import { z } from "zod";
import { LIMITS, id, optionalText, pageInput, requiredText, searchQuery, storableString, anyText } from "./common";
import { role } from "./enums";

// Accounts: signing in, invitations, roles, passwords.

export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

export const email = storableString()
  .trim()
  .toLowerCase()
  .max(254, { error: "Must be at most 254 characters" })
  .pipe(z.email({ error: "Must be an email address" }));

export const password = anyText()
  .min(PASSWORD_LENGTH.min, { error: `Must be at least ${PASSWORD_LENGTH.min} characters` })
  .max(PASSWORD_LENGTH.max, { error: `Must be at most ${PASSWORD_LENGTH.max} characters` });

export const personName = requiredText(LIMITS.shortText);

export const signInInput = z.strictObject({
  email,
  // Any length: a wrong password gets the same answer as an unknown account.
  password: anyText().min(1, { error: "Required" }).max(PASSWORD_LENGTH.max * 4, { error: "Is too long" }),
});

export const userListInput = z.strictObject({ role: role.optional(), q: searchQuery, ...pageInput }).default({ limit: pageInput.limit.parse(undefined) });

export const userInviteInput = z.strictObject({ email, name: personName, role });

export const userSetRoleInput = z.strictObject({ id, role, reason: optionalText(LIMITS.longText) });

export const userDeactivateInput = z.strictObject({ id, reason: optionalText(LIMITS.longText) });

export const userReactivateInput = z.strictObject({ id, reason: optionalText(LIMITS.longText) });

export const passwordChangeInput = z
  .strictObject({
    currentPassword: anyText().min(1, { error: "Required" }).max(PASSWORD_LENGTH.max * 4, { error: "Is too long" }),
    newPassword: password,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    error: "Must differ from the current password",
  });

const invitationToken = storableString().min(1, { error: "Required" }).max(200, { error: "Is not an invitation token" });

export const invitationAcceptInput = z.strictObject({ token: invitationToken, password });

/** Whether an invitation link can still be used, asked before anyone types a password. */
export const invitationStatusInput = z.strictObject({ token: invitationToken });

export type SignInInput = z.input<typeof signInInput>;
export type UserInviteInput = z.input<typeof userInviteInput>;
export type PasswordChangeInput = z.input<typeof passwordChangeInput>;
