import type { Metadata } from "next";
import { SourceForm } from "@/components/source-form";
import { sourceFormValues } from "@/components/source-form-values";
import { sourceOptions } from "@/lib/source-options";

export const metadata: Metadata = { title: "New source" };
export const dynamic = "force-dynamic";

export default async function NewSourcePage() {
  return (
    <>
      <h1>New source</h1>
      <SourceForm mode="create" initialValues={sourceFormValues()} sources={await sourceOptions()} cancelHref="/sources" />
    </>
  );
}
