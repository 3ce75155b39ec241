import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { bearer } from "better-auth/plugins/bearer";
import { env, hashPassword, sharedConnection, verifyPassword, type PrismaClient } from "@claimdesk/db";
import { PASSWORD_LENGTH, ROLES, type Role } from "@claimdesk/schemas";
import type { Actor } from "./actor";
import { authSecret } from "./auth-secret";
import { createSignInLimiter, tryAgainIn } from "./sign-in-limits";

// Sign-in, sessions and sign-out are better-auth's (sessions in the database, cookies signed with the app's
// secret). Everything else about accounts (invitations, roles, passwords) goes through our API, which writes
// history; better-auth's own endpoints for those are switched off.

export const AUTH_BASE_PATH = "/api/auth";
export const SIGN_IN_PATH = "/sign-in/email";
/** The only better-auth endpoints served over HTTP. */
const SERVED_PATHS = new Set([SIGN_IN_PATH, "/sign-out", "/get-session", "/ok", "/error"]);

/** One sentence for an unknown account and a wrong password alike. */
export const WRONG_CREDENTIALS = "Wrong email or password.";
export const DEACTIVATED = "This account has been deactivated. Ask an admin of your newsroom to reactivate it.";

/**
 * The address a request came from. Next.js sets X-Forwarded-For to the peer's address unless the request
 * already has one; a reverse proxy appends the address it saw. The last entry is therefore the one added by
 * the nearest proxy (or by Next.js), never a value the client wrote ahead of it.
 */
export function clientAddress(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers?.get("x-real-ip")?.trim() || "unknown";
}

function buildAuth(prisma: PrismaClient, secret: string) {
  const limiter = createSignInLimiter(prisma);
  const emailOf = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "");

  return betterAuth({
    appName: "Claimdesk",
    secret,
    basePath: AUTH_BASE_PATH,
    // Without CLAIMDESK_URL the origin is the request's own (any host), so the app works on localhost, on a LAN
    // address or behind a proxy without configuration; sign-in is checked against that origin.
    baseURL: env.CLAIMDESK_URL ?? { allowedHosts: ["*"], protocol: "auto", fallback: "http://localhost:3000" },
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword({ hash, password }) },
    },
    user: {
      additionalFields: {
        role: { type: [...ROLES], required: false, input: false, defaultValue: "VIEWER" },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Ours counts failures per account and per address, in the database (below); better-auth's counts requests per address in memory.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const wait = await limiter.takeAttempt(emailOf(ctx.body), clientAddress(ctx.headers));
        if (wait > 0) {
          throw new APIError("TOO_MANY_REQUESTS", {
            message: `Too many failed sign-ins. ${tryAgainIn(wait)}`,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const returned = ctx.context.returned;
        if (!isAPIError(returned)) {
          await limiter.recordSuccess(emailOf(ctx.body), clientAddress(ctx.headers));
        } else if (returned.status === "UNAUTHORIZED") {
          // The library's words differ by case; ours are the same whether or not the account exists.
          throw new APIError("UNAUTHORIZED", { message: WRONG_CREDENTIALS });
        }
      }),
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account gets no new session, whatever its password.
          before: async (session) => {
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
            if (!user || user.deactivatedAt) throw new APIError("FORBIDDEN", { message: DEACTIVATED });
          },
        },
      },
    },
    plugins: [bearer(), nextCookies()],
  });
}

export type ClaimdeskAuth = ReturnType<typeof buildAuth>;

const instances = new WeakMap<PrismaClient, Promise<ClaimdeskAuth>>();

/** The auth instance for a database (one per Prisma client; the shared one by default). */
export function getAuth(prisma: PrismaClient = sharedConnection().prisma): Promise<ClaimdeskAuth> {
  let instance = instances.get(prisma);
  if (!instance) {
    instance = authSecret(prisma).then((secret) => buildAuth(prisma, secret));
    instances.set(prisma, instance);
  }
  return instance;
}

/** better-auth's HTTP endpoints, limited to signing in and out and reading the session. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length);
  if (!SERVED_PATHS.has(path)) return Response.json({ message: "Not found" }, { status: 404 });
  return (await getAuth()).handler(request);
}

/** The active account a request's session cookie (or bearer token) belongs to, with the session's id; or null. */
export async function actorFromHeaders(headers: Headers, prisma?: PrismaClient): Promise<{ actor: Actor; sessionId: string } | null> {
  const auth = await getAuth(prisma);
  const result = await auth.api.getSession({ headers });
  if (!result) return null;
  const user = result.user as typeof result.user & { role?: Role; deactivatedAt?: Date | null };
  if (user.deactivatedAt || !user.role) return null;
  return { actor: { id: user.id, name: user.name, email: user.email, role: user.role }, sessionId: result.session.id };
}
