import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { z } from "zod";
import { CREDENTIAL_PROVIDER, hashPassword, verifyPassword, type Prisma, type PrismaClient } from "@claimdesk/db";
import {
  aRole,
  countOf,
  roleWord,
  type idInput,
  type invitationAcceptInput,
  type invitationStatusInput,
  type passwordChangeInput,
  type userDeactivateInput,
  type userInviteInput,
  type userListInput,
  type userReactivateInput,
  type userSetRoleInput,
} from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, TooManyAttemptsError } from "../errors";
import { createSignInLimiter, tryAgainIn } from "../auth/sign-in-limits";
import { recordHistory } from "./history-service";
import { pageQuery, toPage, wordsQuery } from "./pagination";

type Tx = Prisma.TransactionClient;

/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 7;
export const INVITATION_PATH = "/invite/";

export const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
  updatedAt: true,
  // Whether the person has chosen a password yet (an invitation not yet accepted leaves none).
  accounts: { where: { providerId: CREDENTIAL_PROVIDER }, select: { id: true } },
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

function toUser({ accounts, ...user }: UserRow) {
  return { ...user, status: user.deactivatedAt ? ("DEACTIVATED" as const) : accounts.length > 0 ? ("ACTIVE" as const) : ("INVITED" as const) };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function listUsers(db: PrismaClient, input: z.output<typeof userListInput>) {
  const page = pageQuery(input);
  const rows = await db.user.findMany({
    where: {
      ...page.after,
      role: input.role,
      AND: wordsQuery(input.q, (word) => [
        { name: { contains: word, mode: "insensitive" as const } },
        { email: { contains: word, mode: "insensitive" as const } },
      ]),
    },
    orderBy: page.orderBy,
    take: page.take,
    select: userSelect,
  });
  const paged = toPage(rows, input.limit);
  return { ...paged, items: paged.items.map(toUser) };
}

export async function getUser(db: PrismaClient | Tx, id: string) {
  const user = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!user) throw new NotFoundError("user", id);
  return toUser(user);
}

/** People a claim can be assigned to: active editors, reviewers and admins, by name. */
export async function listAssignees(db: PrismaClient) {
  return db.user.findMany({
    where: { deactivatedAt: null, role: { in: ["EDITOR", "REVIEWER", "ADMIN"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
    take: 500,
  });
}

/**
 * Creates the account without a password and an invitation whose link lets the person choose one. The link's
 * token is returned once (to the admin, who passes it on); the database keeps only its hash.
 */
export async function inviteUser(db: PrismaClient, actor: Actor, input: z.output<typeof userInviteInput>) {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new ConflictError(`An account with the email ${input.email} already exists`, { field: "email" });
    const { id } = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, emailVerified: false }, select: { id: true } });
    const { invitationPath, expiresAt } = await issueInvitation(tx, actor, id);
    await recordHistory(tx, actor, {
      entityType: "USER",
      entityId: id,
      userId: id,
      action: "INVITE",
      summary: `invited ${input.name} (${input.email}) as ${aRole(input.role)}`,
      changes: [
        { field: "email", from: null, to: input.email },
        { field: "name", from: null, to: input.name },
        { field: "role", from: null, to: input.role },
      ],
    });
    return { user: await getUser(tx, id), invitationPath, expiresAt };
  });
}

/** A new invitation link; earlier ones stop working. The token is returned once and only its hash is kept. */
async function issueInvitation(tx: Tx, actor: Actor, userId: string) {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await tx.invitation.updateMany({ where: { userId, acceptedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  await tx.invitation.create({ data: { userId, tokenHash: hashToken(token), expiresAt, createdById: actor.id } });
  return { invitationPath: `${INVITATION_PATH}${token}`, expiresAt };
}

/** For an invited person who lost their link or let it expire: a new link, the old one no longer valid. */
export async function reinviteUser(db: PrismaClient, actor: Actor, { id }: z.output<typeof idInput>) {
  return db.$transaction(async (tx) => {
    const user = await getUser(tx, id);
    if (user.status !== "INVITED") {
      throw new ConflictError(
        user.status === "ACTIVE" ? `${user.name} has already chosen a password and can sign in` : `${user.name}'s account is deactivated: reactivate it first`,
      );
    }
    const { invitationPath, expiresAt } = await issueInvitation(tx, actor, id);
    await recordHistory(tx, actor, {
      entityType: "USER",
      entityId: id,
      userId: id,
      action: "INVITE",
      summary: `sent ${user.name} a new invitation (earlier links no longer work)`,
    });
    return { user: await getUser(tx, id), invitationPath, expiresAt };
  });
}

/** Held until commit by a transaction that may remove an admin (any fixed number would do). */
const ADMIN_CHANGES_LOCK = 7_310_215;

/**
 * The newsroom must never be left without an active admin. Two admins removing each other at once would each
 * see the other still active, so such changes are checked and written one transaction at a time.
 */
async function requireAnotherAdmin(tx: Tx, userId: string, doing: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_CHANGES_LOCK}::bigint)`;
  const others = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null, id: { not: userId } } });
  if (others === 0) throw new ConflictError(`This is the only active admin: make someone else an admin before you ${doing}`);
}

export async function setUserRole(db: PrismaClient, actor: Actor, { id, role, reason }: z.output<typeof userSetRoleInput>) {
  return db.$transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (before.role === role) return before;
    if (before.role === "ADMIN" && !before.deactivatedAt) await requireAnotherAdmin(tx, id, "take the admin role away");
    await tx.user.update({ where: { id }, data: { role } });
    await recordHistory(tx, actor, {
      entityType: "USER",
      entityId: id,
      userId: id,
      action: "CHANGE_ROLE",
      summary: `changed the role of ${before.name} from ${roleWord(before.role)} to ${roleWord(role)}`,
      changes: [{ field: "role", from: before.role, to: role }],
      reason,
    });
    return getUser(tx, id);
  });
}

/** Deactivated people cannot sign in and lose their sessions at once; their history and comments stay. */
export async function deactivateUser(db: PrismaClient, actor: Actor, { id, reason }: z.output<typeof userDeactivateInput>) {
  return db.$transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (before.deactivatedAt) return before;
    if (id === actor.id) throw new ForbiddenError("You cannot deactivate your own account; ask another admin", "id");
    if (before.role === "ADMIN") await requireAnotherAdmin(tx, id, "deactivate this account");
    const now = new Date();
    await tx.user.update({ where: { id }, data: { deactivatedAt: now } });
    await tx.session.deleteMany({ where: { userId: id } });
    await recordHistory(tx, actor, {
      entityType: "USER",
      entityId: id,
      userId: id,
      action: "DEACTIVATE",
      summary: `deactivated the account of ${before.name}`,
      changes: [{ field: "deactivatedAt", from: null, to: now }],
      reason,
    });
    return getUser(tx, id);
  });
}

export async function reactivateUser(db: PrismaClient, actor: Actor, { id, reason }: z.output<typeof userReactivateInput>) {
  return db.$transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (!before.deactivatedAt) return before;
    await tx.user.update({ where: { id }, data: { deactivatedAt: null } });
    await recordHistory(tx, actor, {
      entityType: "USER",
      entityId: id,
      userId: id,
      action: "REACTIVATE",
      summary: `reactivated the account of ${before.name}`,
      changes: [{ field: "deactivatedAt", from: before.deactivatedAt, to: null }],
      reason,
    });
    return getUser(tx, id);
  });
}

const INVALID_INVITATION = "This invitation link is not valid: it may have expired or been used already. Ask an admin for a new one.";

/** The invited person chooses their password; afterwards they sign in as anyone else does. */
/** The invitation behind a link, if it can still be used: not accepted, not expired, its account not deactivated. */
async function usableInvitation(db: PrismaClient | Prisma.TransactionClient, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, acceptedAt: true, user: { select: { id: true, name: true, email: true, role: true, deactivatedAt: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date() || invitation.user.deactivatedAt) return null;
  return invitation;
}

/** Whether a link can still be used; says nothing else about the invitation or its account. */
export async function invitationStatus(db: PrismaClient, { token }: z.output<typeof invitationStatusInput>) {
  return { usable: (await usableInvitation(db, token)) !== null };
}

export async function acceptInvitation(db: PrismaClient, { token, password }: z.output<typeof invitationAcceptInput>) {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, token);
    if (!invitation) throw new InvalidInputError("token", INVALID_INVITATION);
    const { user } = invitation;
    // Only the first acceptance counts, even if two arrive at once.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (count === 0) throw new InvalidInputError("token", INVALID_INVITATION);
    await tx.account.deleteMany({ where: { userId: user.id, providerId: CREDENTIAL_PROVIDER } });
    await tx.account.create({ data: { id: randomUUID(), accountId: user.id, providerId: CREDENTIAL_PROVIDER, userId: user.id, password: passwordHash } });
    await tx.user.update({ where: { id: user.id }, data: { emailVerified: true } });
    await recordHistory(tx, user, {
      entityType: "USER",
      entityId: user.id,
      userId: user.id,
      action: "ACCEPT_INVITATION",
      summary: "accepted the invitation and chose a password",
    });
    return { email: user.email };
  });
}

/** Checks the current password, sets the new one and signs out every other session of the account. */
export async function changePassword(
  db: PrismaClient,
  actor: Actor,
  currentSessionId: string | null,
  { currentPassword, newPassword }: z.output<typeof passwordChangeInput>,
) {
  const limiter = createSignInLimiter(db);
  const wait = await limiter.takePasswordCheck(actor.email);
  if (wait > 0) throw new TooManyAttemptsError(`Too many wrong passwords for this account. ${tryAgainIn(wait)}`);
  const account = await db.account.findFirst({ where: { userId: actor.id, providerId: CREDENTIAL_PROVIDER }, select: { id: true, password: true } });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: currentPassword }))) {
    throw new InvalidInputError("currentPassword", "That is not your current password");
  }
  await limiter.recordPasswordCheckSuccess(actor.email);
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password: passwordHash } });
    const { count } = await tx.session.deleteMany({ where: { userId: actor.id, ...(currentSessionId ? { id: { not: currentSessionId } } : {}) } });
    await recordHistory(tx, actor, {
      entityType: "USER",
      entityId: actor.id,
      userId: actor.id,
      action: "CHANGE_PASSWORD",
      summary: count > 0 ? `changed their password and signed out ${countOf(count, "other session", "other sessions")}` : "changed their password",
    });
    return { changed: true as const, otherSessionsSignedOut: count };
  });
}
