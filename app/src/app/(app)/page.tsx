import { NewChat } from "@/components/ThreadPage";

export default function Home() {
  return <NewChat />;
}
