import type { Metadata } from "next";
import { AdminsOnly } from "@/components/account/admins-only";
import { roleRefusalTitle } from "@/components/role-refusal";
import { currentActor } from "@/lib/server-api";

export const metadata: Metadata = { title: roleRefusalTitle };

/** The 403 of the admin pages, for anyone without the admin role. */
export default async function AdminForbidden() {
  return <AdminsOnly actor={await currentActor()} />;
}
