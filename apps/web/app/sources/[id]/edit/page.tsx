import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { roleAtLeast } from "@claimdesk/schemas";
import { roleRefusalTitle } from "@/components/role-refusal";
import { SourceForm } from "@/components/source-form";
import { sourceFormValues, sourceOptionLabel } from "@/components/source-form-values";
import { loadSource } from "@/lib/record-loaders";
import { currentActor } from "@/lib/server-api";
import { sourceOptions } from "@/lib/source-options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) return { title: roleRefusalTitle };
  return { title: `Edit ${source.title ?? source.url}` };
}

export default async function EditSourcePage({ params }: Props) {
  const source = await loadSource((await params).id);
  // Viewers get this page's forbidden.tsx, with a 403 (an unknown id is still a 404, whoever asks).
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  const options = await sourceOptions(new Set([source.id]));
  if (source.repeatsSource && !options.some((option) => option.value === source.repeatsSource?.id)) {
    options.push({ value: source.repeatsSource.id, label: sourceOptionLabel(source.repeatsSource) });
  }
  return (
    <>
      <p className="breadcrumb">
        <Link href="/sources">Sources</Link> › <Link href={`/sources/${source.id}`}>{source.title ?? source.url}</Link>
      </p>
      <h1>Edit source</h1>
      <SourceForm mode="edit" id={source.id} initialValues={sourceFormValues(source)} sources={options} cancelHref={`/sources/${source.id}`} />
    </>
  );
}
