import { ReportPage } from "@/components/ReportPage";

export default async function Report(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  return <ReportPage id={id} />;
}
