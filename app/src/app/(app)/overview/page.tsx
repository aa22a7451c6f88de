import { Overview } from "@/components/Overview";

export default function OverviewPage() {
  return <Overview />;
}
