import type { Metadata } from "next";
import { roleAtLeast } from "@claimdesk/schemas";
import { RoleRefusal, roleRefusalTitle } from "@/components/role-refusal";
import { SourceForm } from "@/components/source-form";
import { sourceFormValues } from "@/components/source-form-values";
import { currentActor } from "@/lib/server-api";
import { sourceOptions } from "@/lib/source-options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: roleAtLeast((await currentActor()).role, "EDITOR") ? "New source" : roleRefusalTitle };
}

export default async function NewSourcePage() {
  const actor = await currentActor();
  if (!roleAtLeast(actor.role, "EDITOR")) {
    return <RoleRefusal role={actor.role} needs="EDITOR" doing="record a source" things="sources" backHref="/sources" backLabel="Back to the sources" />;
  }
  return (
    <>
      <h1>New source</h1>
      <SourceForm mode="create" initialValues={sourceFormValues()} sources={await sourceOptions()} cancelHref="/sources" />
    </>
  );
}
