import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { bearer } from "better-auth/plugins/bearer";
import { env, hashPassword, sharedConnection, verifyPassword, type PrismaClient } from "@claimdesk/db";
import { PASSWORD_LENGTH, ROLES, type Role } from "@claimdesk/schemas";
import type { Actor } from "./actor";
import { authSecret } from "./auth-secret";
import { UnavailableError } from "../errors";
import { BODY_TOO_LARGE, boundedRequest } from "../request-limits";
import { CROSS_SITE_REFUSAL, crossSiteReason, isLocalPath, requestOrigin } from "./origins";
import { createSignInLimiter, tryAgainIn } from "./sign-in-limits";
import { rememberedActor, rememberSession } from "./session-memory";

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

/** Where better-auth may send a visitor afterwards: request fields naming an address. Each must be a local path. */
const REDIRECT_FIELDS = ["callbackURL", "redirectTo", "errorCallbackURL", "newUserCallbackURL"] as const;

/** The first redirect field of a body or query that is not a path on this site, or null. */
function foreignRedirect(...sources: unknown[]): { field: string; value: unknown } | null {
  for (const source of sources) {
    if (!source || typeof source !== "object") continue;
    for (const field of REDIRECT_FIELDS) {
      const value = (source as Record<string, unknown>)[field];
      if (value === undefined || value === null || value === "") continue;
      if (typeof value !== "string" || !isLocalPath(value)) return { field, value };
    }
  }
  return null;
}

export interface AuthSettings {
  /** The address people open (CLAIMDESK_URL); unset, each request's own origin. */
  url?: string | undefined;
}

function buildAuth(prisma: PrismaClient, secret: string, { url }: AuthSettings) {
  const limiter = createSignInLimiter(prisma);
  const emailOf = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "");

  return betterAuth({
    appName: "Claimdesk",
    secret,
    basePath: AUTH_BASE_PATH,
    // With CLAIMDESK_URL, that origin is the only one trusted. Without it, better-auth derives its address from
    // each request (advanced.trustedProxyHeaders: X-Forwarded-Host and -Proto, which Next.js sets from Host when
    // no proxy does) and trusts that one origin alone, so the app works on localhost, a LAN address or behind a
    // proxy without configuration. (A dynamic baseURL, { allowedHosts: ["*"] }, would trust every origin.)
    baseURL: url,
    trustedOrigins: (request) => (url || !request ? [] : [requestOrigin(request)]),
    advanced: {
      trustedProxyHeaders: !url,
      // better-auth skips its origin checks when NODE_ENV is "test"; they run in the tests as in production.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    logger: {
      log(level, message, ...args) {
        // Its start-up warning that no base URL is set: deriving it from each request is what is meant here.
        if (!url && message.startsWith("[better-auth] Base URL is not set")) return;
        const write = level === "error" ? console.error : level === "warn" ? console.warn : console.log;
        write(`[Better Auth]: ${message}`, ...args);
      },
    },
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
        // better-auth accepts any address on a trusted origin; ours must be a path on this site.
        const foreign = foreignRedirect(ctx.body, ctx.query);
        if (foreign) {
          throw new APIError("FORBIDDEN", {
            code: "INVALID_CALLBACK_URL",
            message: `${foreign.field} must be a path on this site, such as /claims.`,
          });
        }
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

const instances = new WeakMap<PrismaClient, Map<string, Promise<ClaimdeskAuth>>>();

/**
 * The auth instance for a database (one per Prisma client; the shared one by default), for the configured
 * CLAIMDESK_URL unless `settings` say otherwise (tests of a configured address).
 */
export function getAuth(prisma: PrismaClient = sharedConnection().prisma, settings: AuthSettings = { url: env.CLAIMDESK_URL }): Promise<ClaimdeskAuth> {
  let byUrl = instances.get(prisma);
  if (!byUrl) instances.set(prisma, (byUrl = new Map()));
  const key = settings.url ?? "";
  let instance = byUrl.get(key);
  if (!instance) {
    instance = authSecret(prisma).then((secret) => buildAuth(prisma, secret, settings));
    byUrl.set(key, instance);
  }
  return instance;
}

export interface AuthRequestOptions extends AuthSettings {
  /** The database; the shared connection's by default. (`url` given, even as undefined, replaces CLAIMDESK_URL.) */
  prisma?: PrismaClient;
}

/**
 * better-auth's HTTP endpoints, limited to signing in and out and reading the session. A request that changes
 * something and was sent by a page of another origin is refused with 403 before better-auth sees it, whatever
 * the endpoint (better-auth itself checks the origin of a sign-in, and of others only when they carry a cookie).
 */
export async function handleAuthRequest(request: Request, options: AuthRequestOptions = {}): Promise<Response> {
  const url = "url" in options ? options.url : env.CLAIMDESK_URL;
  const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length);
  if (!SERVED_PATHS.has(path)) return Response.json({ message: "Not found" }, { status: 404 });
  if (crossSiteReason(request, url)) return Response.json({ code: "CROSS_SITE_REQUEST", message: CROSS_SITE_REFUSAL }, { status: 403 });
  const bounded = await boundedRequest(request);
  if (bounded === "too large") return Response.json({ code: "PAYLOAD_TOO_LARGE", message: BODY_TOO_LARGE }, { status: 413 });
  return (await getAuth(options.prisma, { url })).handler(bounded);
}

/** The active account a request's session cookie (or bearer token) belongs to, with the session's id; or null. */
export async function actorFromHeaders(headers: Headers, prisma: PrismaClient = sharedConnection().prisma): Promise<{ actor: Actor; sessionId: string } | null> {
  const known = await rememberedActor(prisma, headers);
  if (known) return known;
  const auth = await getAuth(prisma);
  let result;
  try {
    result = await auth.api.getSession({ headers });
  } catch (error) {
    // better-auth answers any failure to read the session (a saturated database, say) as its own 500, cause
    // dropped: the caller is not signed out, and may try again.
    if (isAPIError(error) && error.status === "INTERNAL_SERVER_ERROR") throw new UnavailableError("Your session could not be checked just now: nothing was changed. Try again in a few seconds.");
    throw error;
  }
  if (!result) return null;
  const user = result.user as typeof result.user & { role?: Role; deactivatedAt?: Date | null };
  if (user.deactivatedAt || !user.role) return null;
  rememberSession(prisma, headers, result.session.id);
  return { actor: { id: user.id, name: user.name, email: user.email, role: user.role }, sessionId: result.session.id };
}
