import { Schedules } from "@/components/Schedules";

export default function SchedulesPage() {
  return <Schedules />;
}
