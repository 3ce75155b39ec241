import { describe, expect, it } from "vitest";
import {
  PASSWORD_LENGTH,
  email,
  invitationAcceptInput,
  password,
  passwordChangeInput,
  signInInput,
  userDeactivateInput,
  userInviteInput,
  userListInput,
  userReactivateInput,
  userSetRoleInput,
} from "./account";
import { LIMITS, NULL_MESSAGE } from "./common";
import { ROLES } from "./enums";
import { accepted, problems, refusedFields } from "./test-support";

const notAnEmail = "Must be an email address";
const roles = "Must be one of VIEWER, EDITOR, REVIEWER, ADMIN";

describe("email", () => {
  it("is trimmed and lower-cased, so that one person has one account", () => {
    expect(accepted(email, "  Ana.Editor@Claimdesk.TEST \n")).toBe("ana.editor@claimdesk.test");
  });

  it.each(["admin@claimdesk.test", "reviewer@claimdesk.test", "editor@claimdesk.test", "viewer@claimdesk.test"])(
    "accepts the demo account %s",
    (address) => {
      expect(accepted(email, address)).toBe(address);
    },
  );

  it.each(["ana+crocus@newsroom.example", "o'brien@desk.example.ie", "ben.k@sub.newsroom.co.uk"])("accepts %s", (address) => {
    expect(accepted(email, address)).toBe(address);
  });

  it.each([
    ["garbage", "not an email", notAnEmail],
    ["an empty string", "", notAnEmail],
    ["only spaces", "   ", notAnEmail],
    ["no domain", "ana@", notAnEmail],
    ["no top-level domain", "ana@claimdesk", notAnEmail],
    ["no @", "ana.claimdesk.test", notAnEmail],
    ["a space inside", "ana maria@claimdesk.test", notAnEmail],
    ["two @", "ana@desk@claimdesk.test", notAnEmail],
    ["nothing", undefined, "Required"],
    ["a number", 42, "Must be text"],
    ["null", null, NULL_MESSAGE],
    ["the NUL character", "ana@claim\u0000desk.test", "Must not contain the NUL character (U+0000)"],
  ])("refuses %s", (_label, value, message) => {
    expect(problems(email, value)).toEqual([{ path: "", message }]);
  });

  it("accepts an address of 254 characters and refuses 255, counted after trimming", () => {
    const longest = `${"a".repeat(64)}@${"d".repeat(63)}.${"e".repeat(63)}.${"f".repeat(58)}.io`;
    expect(longest).toHaveLength(254);
    expect(accepted(email, ` ${longest} `)).toBe(longest);
    expect(problems(email, `a${longest}`)).toEqual([{ path: "", message: "Must be at most 254 characters" }]);
  });
});

describe("password", () => {
  it("accepts 10 to 128 characters", () => {
    expect(PASSWORD_LENGTH).toEqual({ min: 10, max: 128 });
    expect(accepted(password, "p".repeat(10))).toHaveLength(10);
    expect(accepted(password, "p".repeat(128))).toHaveLength(128);
  });

  it("keeps spaces as typed (a password is never trimmed)", () => {
    expect(accepted(password, "  correct horse  ")).toBe("  correct horse  ");
  });

  it.each([
    ["9 characters", "p".repeat(9), "Must be at least 10 characters"],
    ["9 characters counting its spaces", "  abcde  ", "Must be at least 10 characters"],
    ["an empty string", "", "Must be at least 10 characters"],
    ["129 characters", "p".repeat(129), "Must be at most 128 characters"],
    ["nothing", undefined, "Required"],
    ["a number", 1234567890, "Must be text"],
    ["a list", ["claimdesk-demo"], "Must be text"],
  ])("refuses %s", (_label, value, message) => {
    expect(problems(password, value)).toEqual([{ path: "", message }]);
  });
});

describe("signInInput", () => {
  it("takes the email, normalised, and the password as typed", () => {
    expect(accepted(signInInput, { email: " Editor@Claimdesk.test", password: "claimdesk-demo" })).toEqual({
      email: "editor@claimdesk.test",
      password: "claimdesk-demo",
    });
  });

  it("accepts a password of any length up to 512 (a wrong one gets the same answer as an unknown account)", () => {
    expect(accepted(signInInput, { email: "a@b.io", password: "x" }).password).toBe("x");
    expect(accepted(signInInput, { email: "a@b.io", password: "x".repeat(PASSWORD_LENGTH.max * 4) }).password).toHaveLength(512);
  });

  it.each([
    ["email", { email: "editor", password: "claimdesk-demo" }, notAnEmail],
    ["email", { password: "claimdesk-demo" }, "Required"],
    ["password", { email: "a@b.io", password: "" }, "Required"],
    ["password", { email: "a@b.io" }, "Required"],
    ["password", { email: "a@b.io", password: "x".repeat(513) }, "Is too long"],
  ])("refuses a bad %s: %j", (field, input, message) => {
    expect(problems(signInInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses an empty form on both fields", () => {
    expect(problems(signInInput, {})).toEqual([
      { path: "email", message: "Required" },
      { path: "password", message: "Required" },
    ]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(problems(signInInput, { email: "a@b.io", password: "x", role: "ADMIN" })).toEqual([{ path: "", message: 'Is not a field of this request: role' }]);
  });
});

describe("userListInput", () => {
  it("defaults to the first 25 users", () => {
    expect(accepted(userListInput, undefined)).toEqual({ limit: 25 });
    expect(accepted(userListInput, {})).toEqual({ limit: 25 });
  });

  it.each(ROLES)("filters by the role %s", (value) => {
    expect(accepted(userListInput, { role: value })).toEqual({ role: value, limit: 25 });
  });

  it("searches with trimmed words", () => {
    expect(accepted(userListInput, { q: "  ana ", limit: 100 })).toEqual({ q: "ana", limit: 100 });
  });

  it.each([
    ["role", { role: "OWNER" }, roles],
    ["q", { q: "q".repeat(LIMITS.query + 1) }, "Must be at most 200 characters"],
    ["limit", { limit: 0 }, "Must be at least 1"],
    ["limit", { limit: 101 }, "Must be at most 100"],
    ["cursor", { cursor: "garbage" }, "Is not a cursor from this API: pass back a nextCursor you were given"],
  ])("refuses a bad %s: %j", (field, input, message) => {
    expect(problems(userListInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(problems(userListInput, { active: true })).toEqual([{ path: "", message: 'Is not a field of this request: active' }]);
  });
});

describe("userInviteInput", () => {
  it("takes the email (normalised), the name (trimmed) and the role", () => {
    expect(accepted(userInviteInput, { email: " Ben@Newsroom.Example ", name: "  Ben Kaye ", role: "REVIEWER" })).toEqual({
      email: "ben@newsroom.example",
      name: "Ben Kaye",
      role: "REVIEWER",
    });
  });

  it.each(ROLES)("invites as %s", (value) => {
    expect(accepted(userInviteInput, { email: "ben@newsroom.example", name: "Ben", role: value }).role).toBe(value);
  });

  const valid = { email: "ben@newsroom.example", name: "Ben Kaye", role: "EDITOR" };

  it.each([
    ["email", { email: "ben at newsroom" }, notAnEmail],
    ["email", { email: undefined }, "Required"],
    ["name", { name: "  " }, "Must not be empty"],
    ["name", { name: undefined }, "Required"],
    ["name", { name: "n".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    ["role", { role: "OWNER" }, roles],
    ["role", { role: undefined }, "Required"],
  ])("refuses a bad %s: %j", (field, change, message) => {
    expect(problems(userInviteInput, { ...valid, ...change })).toEqual([{ path: field, message }]);
  });

  it("refuses an empty form on every field", () => {
    expect(refusedFields(userInviteInput, {})).toEqual(["email", "name", "role"]);
  });

  it("refuses a password set by the inviter (the invited person chooses it)", () => {
    expect(problems(userInviteInput, { ...valid, password: "chosen-by-admin" })).toEqual([{ path: "", message: 'Is not a field of this request: password' }]);
  });
});

describe("userSetRoleInput", () => {
  it("takes the id, the role and, optionally, a reason (trimmed)", () => {
    expect(accepted(userSetRoleInput, { id: "usr_1", role: "REVIEWER" })).toEqual({ id: "usr_1", role: "REVIEWER" });
    expect(accepted(userSetRoleInput, { id: "usr_1", role: "ADMIN", reason: " Desk head " })).toEqual({ id: "usr_1", role: "ADMIN", reason: "Desk head" });
  });

  const valid = { id: "usr_1", role: "EDITOR" };

  it.each([
    ["id", { id: undefined }, "Required"],
    ["id", { id: "" }, "Must not be empty"],
    ["role", { role: undefined }, "Required"],
    ["role", { role: "admin" }, roles],
    ["reason", { reason: " " }, "Must not be empty"],
    ["reason", { reason: "r".repeat(LIMITS.longText + 1) }, "Must be at most 5000 characters"],
  ])("refuses a bad %s: %j", (field, change, message) => {
    expect(problems(userSetRoleInput, { ...valid, ...change })).toEqual([{ path: field, message }]);
  });
});

describe.each([
  ["userDeactivateInput", userDeactivateInput],
  ["userReactivateInput", userReactivateInput],
])("%s", (_name, schema) => {
  it("takes the id and, optionally, a reason (trimmed)", () => {
    expect(accepted(schema, { id: " usr_1 " })).toEqual({ id: "usr_1" });
    expect(accepted(schema, { id: "usr_1", reason: " Left the newsroom " })).toEqual({ id: "usr_1", reason: "Left the newsroom" });
  });

  it.each([
    ["id", { reason: "x" }, "Required"],
    ["id", { id: "u".repeat(65) }, "Is not an id"],
    ["reason", { id: "usr_1", reason: "" }, "Must not be empty"],
    ["reason", { id: "usr_1", reason: "r".repeat(LIMITS.longText + 1) }, "Must be at most 5000 characters"],
  ])("refuses a bad %s: %j", (field, input, message) => {
    expect(problems(schema, input)).toEqual([{ path: field, message }]);
  });

  it("refuses a role change slipped in, naming the key", () => {
    expect(problems(schema, { id: "usr_1", role: "ADMIN" })).toEqual([{ path: "", message: 'Is not a field of this request: role' }]);
  });
});

describe("passwordChangeInput", () => {
  it("takes the current password and a new one, both as typed", () => {
    const input = { currentPassword: "claimdesk-demo", newPassword: " a much longer passphrase " };
    expect(accepted(passwordChangeInput, input)).toEqual(input);
  });

  it("accepts a current password shorter than today's minimum (it was set under older rules)", () => {
    expect(accepted(passwordChangeInput, { currentPassword: "short", newPassword: "long-enough-now" }).currentPassword).toBe("short");
  });

  it("refuses a new password equal to the current one, on newPassword", () => {
    expect(problems(passwordChangeInput, { currentPassword: "claimdesk-demo", newPassword: "claimdesk-demo" })).toEqual([
      { path: "newPassword", message: "Must differ from the current password" },
    ]);
  });

  it("counts a new password that differs only in case as different", () => {
    expect(accepted(passwordChangeInput, { currentPassword: "claimdesk-demo", newPassword: "Claimdesk-Demo" }).newPassword).toBe("Claimdesk-Demo");
  });

  it.each([
    ["newPassword", { newPassword: "p".repeat(9) }, "Must be at least 10 characters"],
    ["newPassword", { newPassword: "p".repeat(129) }, "Must be at most 128 characters"],
    ["newPassword", { newPassword: undefined }, "Required"],
    ["currentPassword", { currentPassword: "" }, "Required"],
    ["currentPassword", { currentPassword: undefined }, "Required"],
    ["currentPassword", { currentPassword: "c".repeat(513) }, "Is too long"],
  ])("refuses a bad %s: %j", (field, change, message) => {
    expect(problems(passwordChangeInput, { currentPassword: "claimdesk-demo", newPassword: "a new passphrase", ...change })).toEqual([
      { path: field, message },
    ]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(problems(passwordChangeInput, { currentPassword: "claimdesk-demo", newPassword: "a new passphrase", userId: "usr_2" })).toEqual([
      { path: "", message: 'Is not a field of this request: userId' },
    ]);
  });
});

describe("invitationAcceptInput", () => {
  it("takes the token and the chosen password", () => {
    const input = { token: "inv_0123456789abcdef", password: "my own passphrase" };
    expect(accepted(invitationAcceptInput, input)).toEqual(input);
  });

  const valid = { token: "inv_0123456789abcdef", password: "my own passphrase" };

  it.each([
    ["token", { token: "" }, "Required"],
    ["token", { token: undefined }, "Required"],
    ["token", { token: "t".repeat(201) }, "Is not an invitation token"],
    ["token", { token: "inv_\u0000" }, "Must not contain the NUL character (U+0000)"],
    ["password", { password: "p".repeat(9) }, "Must be at least 10 characters"],
    ["password", { password: "p".repeat(129) }, "Must be at most 128 characters"],
    ["password", { password: undefined }, "Required"],
  ])("refuses a bad %s: %j", (field, change, message) => {
    expect(problems(invitationAcceptInput, { ...valid, ...change })).toEqual([{ path: field, message }]);
  });

  it("refuses a role chosen by the invited person, naming the key", () => {
    expect(problems(invitationAcceptInput, { ...valid, role: "ADMIN" })).toEqual([{ path: "", message: 'Is not a field of this request: role' }]);
  });
});
