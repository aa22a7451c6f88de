import type { ReactNode } from "react";
import { Shell } from "@/components/Shell";

export default function SignedInLayout(props: { children: ReactNode }) {
  return <Shell>{props.children}</Shell>;
}
