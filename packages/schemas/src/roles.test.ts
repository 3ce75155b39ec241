import { describe, expect, it } from "vitest";
import { ROLES, role, type Role } from "./enums";
import { aRole, roleAtLeast, roleDescription, roleLabel, roleWord } from "./roles";
import { accepted, problems } from "./test-support";

describe("roles", () => {
  it("are ordered from the least to the most trusted", () => {
    expect(ROLES).toEqual(["VIEWER", "EDITOR", "REVIEWER", "ADMIN"]);
  });

  it.each(ROLES)("the role schema accepts %s", (value) => {
    expect(accepted(role, value)).toBe(value);
  });

  it.each([
    ["an unknown role", "OWNER", "Must be one of VIEWER, EDITOR, REVIEWER, ADMIN"],
    ["a role in lower case", "admin", "Must be one of VIEWER, EDITOR, REVIEWER, ADMIN"],
    ["an empty string", "", "Must be one of VIEWER, EDITOR, REVIEWER, ADMIN"],
    ["nothing", undefined, "Required"],
  ])("the role schema refuses %s", (_label, value, message) => {
    expect(problems(role, value)).toEqual([{ path: "", message }]);
  });
});

describe("roleAtLeast", () => {
  // Written out rather than computed: each row is what a person with that role may do.
  const may: Record<Role, Record<Role, boolean>> = {
    VIEWER: { VIEWER: true, EDITOR: false, REVIEWER: false, ADMIN: false },
    EDITOR: { VIEWER: true, EDITOR: true, REVIEWER: false, ADMIN: false },
    REVIEWER: { VIEWER: true, EDITOR: true, REVIEWER: true, ADMIN: false },
    ADMIN: { VIEWER: true, EDITOR: true, REVIEWER: true, ADMIN: true },
  };
  const pairs = ROLES.flatMap((held) => ROLES.map((minimum) => [held, minimum, may[held][minimum]] as const));

  it("covers every pair of roles", () => {
    expect(pairs).toHaveLength(16);
  });

  it.each(pairs)("a %s meets the minimum %s: %s", (held, minimum, expected) => {
    expect(roleAtLeast(held, minimum)).toBe(expected);
  });

  it.each(ROLES)("nobody signed in (null or undefined) never meets the minimum %s", (minimum) => {
    expect(roleAtLeast(null, minimum)).toBe(false);
    expect(roleAtLeast(undefined, minimum)).toBe(false);
  });

  it("a role the table does not know (e.g. from a stale session) meets no minimum", () => {
    for (const minimum of ROLES) expect(roleAtLeast("SUPERUSER" as Role, minimum)).toBe(false);
  });
});

describe("role labels", () => {
  it("name every role in words editors read", () => {
    expect(roleLabel).toEqual({ VIEWER: "Viewer", EDITOR: "Editor", REVIEWER: "Reviewer", ADMIN: "Admin" });
  });

  it.each(ROLES)("describe what a %s may do", (value) => {
    expect(roleDescription[value].trim().length).toBeGreaterThan(10);
  });

  it("say that only reviewers and admins conclude claims, and only admins manage accounts", () => {
    expect(roleDescription.VIEWER).toMatch(/changes nothing/);
    expect(roleDescription.EDITOR).not.toMatch(/conclude/);
    expect(roleDescription.REVIEWER).toMatch(/conclude/);
    expect(roleDescription.ADMIN).toMatch(/invites/);
  });
});

describe("role words", () => {
  it.each([
    ["VIEWER", "viewer", "a viewer"],
    ["EDITOR", "editor", "an editor"],
    ["REVIEWER", "reviewer", "a reviewer"],
    ["ADMIN", "admin", "an admin"],
  ] as const)("say %s as %s, with its article %s", (role, word, withArticle) => {
    expect(roleWord(role)).toBe(word);
    expect(aRole(role)).toBe(withArticle);
  });
});
