"use client";
import { useEffect, useState } from "react";
import { ApiError, api } from "@/lib/api";
import type { AgentAnswer, ChatMessage } from "@/lib/types";
import { ChatView } from "./ChatView";

interface StoredThread {
  id: string;
  title: string | null;
  messages: { id: number; role: "user" | "assistant"; content: string; answer: AgentAnswer | null }[];
}

/** GET /api/v1/threads/:id -> the messages `useChat` starts from (answers with their full contract). */
function toMessages(t: StoredThread): ChatMessage[] {
  return t.messages.map((m) => ({
    id: `stored-${m.id}`,
    role: m.role,
    parts: [
      { type: "text" as const, text: m.content },
      ...(m.answer ? [{ type: "data-answer" as const, id: "answer", data: m.answer }] : []),
    ],
  }));
}

/** A new chat; `/?q=...` (from the overview, the catalog, a report) asks that question at once. */
export function NewChat() {
  const [ask, setAsk] = useState<string | null>();
  useEffect(() => {
    setAsk(new URLSearchParams(window.location.search).get("q"));
  }, []);
  if (ask === undefined) return null;
  return <ChatView key={ask ?? "new"} initialQuestion={ask ?? undefined} />;
}

/** A stored thread of this organization, reopened; another organization's id is simply not found. */
export function ThreadPage(props: { id: string }) {
  const [state, setState] = useState<{ messages: ChatMessage[] } | { error: string }>();
  useEffect(() => {
    api<StoredThread>(`/api/v1/threads/${encodeURIComponent(props.id)}`).then(
      (t) => setState({ messages: toMessages(t) }),
      (e: unknown) =>
        setState({
          error: e instanceof ApiError && e.status === 404 ? "This thread does not exist." : String(e),
        }),
    );
  }, [props.id]);
  if (!state) return <p className="muted pad">Loading the thread…</p>;
  if ("error" in state)
    return (
      <p className="error pad" role="alert">
        {state.error}
      </p>
    );
  return <ChatView key={props.id} threadId={props.id} initialMessages={state.messages} />;
}
