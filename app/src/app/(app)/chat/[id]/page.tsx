import { ThreadPage } from "@/components/ThreadPage";

export default async function ChatThread(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  return <ThreadPage id={id} />;
}
