import { randomBytes } from "node:crypto";
import { env, type PrismaClient } from "@claimdesk/db";

const SECRET_KEY = "auth.secret";

/**
 * The secret that signs session cookies: CLAIMDESK_AUTH_SECRET when set, otherwise one generated on first
 * start and kept in the database, so a fresh clone needs no configuration and every instance agrees.
 */
export async function authSecret(prisma: PrismaClient): Promise<string> {
  if (env.CLAIMDESK_AUTH_SECRET) return env.CLAIMDESK_AUTH_SECRET;
  const existing = await prisma.appSetting.findUnique({ where: { key: SECRET_KEY } });
  if (existing) return existing.value;
  // Two instances starting together: the first write wins and both read it back.
  await prisma.appSetting.createMany({ data: [{ key: SECRET_KEY, value: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  return (await prisma.appSetting.findUniqueOrThrow({ where: { key: SECRET_KEY } })).value;
}
