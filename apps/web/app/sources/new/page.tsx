import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { roleAtLeast } from "@claimdesk/schemas";
import { roleRefusalTitle } from "@/components/role-refusal";
import { SourceForm } from "@/components/source-form";
import { sourceFormValues } from "@/components/source-form-values";
import { currentActor } from "@/lib/server-api";
import { sourceOptions } from "@/lib/source-options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "EDITOR") ? "New source" : roleRefusalTitle };
}

export default async function NewSourcePage() {
  // Viewers get this page's forbidden.tsx, with a 403.
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  return (
    <>
      <h1>New source</h1>
      <SourceForm mode="create" initialValues={sourceFormValues()} sources={await sourceOptions()} cancelHref="/sources" />
    </>
  );
}
