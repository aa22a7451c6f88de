import type { UIMessage } from "ai";
import type { AgentAnswer } from "../../../agent/contract.ts";

export type { AgentAnswer };

/** The data parts of the chat stream (api/routes/chat.ts writes them). */
export type ChatDataParts = {
  status: { message: string };
  answer: AgentAnswer;
};

/** One chat message as `useChat` holds it. */
export type ChatMessage = UIMessage<never, ChatDataParts>;

/** GET /api/v1/me */
export interface Me {
  organization: { slug: string; name: string; timeZone: string; currency: string; industry: string };
  role: "admin" | "analyst" | "viewer";
}
