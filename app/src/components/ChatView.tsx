"use client";
import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import type { AgentAnswer, ChatMessage } from "@/lib/types";
import { AnswerView } from "./AnswerView";
import { useShell } from "./Shell";

const SUGGESTIONS = [
  "revenue by channel last month",
  "What was ROAS by channel last month vs the month before?",
  "why did revenue drop last week?",
  "daily spend and revenue over the last 30 days",
];

/** The lead line's text part (api/routes/chat.ts marks it): what is being answered, no figures. */
function isLead(p: ChatMessage["parts"][number]): boolean {
  return p.type === "text" && p.providerMetadata?.web?.lead === true;
}
function textOf(m: ChatMessage): string {
  return m.parts.map((p) => (p.type === "text" && !isLead(p) ? p.text : "")).join("");
}
function leadOf(m: ChatMessage): string {
  return m.parts.map((p) => (p.type === "text" && isLead(p) ? p.text : "")).join("");
}
function answerOf(m: ChatMessage): AgentAnswer | undefined {
  for (const p of m.parts) if (p.type === "data-answer") return p.data;
  return undefined;
}

/**
 * The chat: `useChat` over a transport to POST /api/v1/chat (the same agent as /agents/query).
 * Each request sends only the new question (or the chosen clarification id) and the thread id:
 * the thread's history lives on the server, in the agent's checkpoint.
 */
export function ChatView(props: {
  threadId?: string;
  initialMessages?: ChatMessage[];
  /** Asked once when the view opens (links from the overview and the catalog). */
  initialQuestion?: string;
}) {
  const { me, refresh } = useShell();
  const threadId = useRef<string | undefined>(props.threadId);
  const pendingChoice = useRef<string | undefined>(undefined);
  const [status, setStatus] = useState<string>();
  const [input, setInput] = useState("");
  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatMessage>({
        api: "/api/v1/chat",
        credentials: "same-origin",
        prepareSendMessagesRequest: ({ messages }) => {
          const choice = pendingChoice.current;
          pendingChoice.current = undefined;
          const last = messages.at(-1);
          const base = threadId.current ? { threadId: threadId.current } : {};
          return {
            body: choice
              ? { ...base, clarificationId: choice }
              : { ...base, question: last ? textOf(last) : "" },
          };
        },
      }),
    [],
  );
  const {
    messages,
    sendMessage,
    status: chatStatus,
    stop,
    error,
  } = useChat<ChatMessage>({
    id: props.threadId ?? "new",
    messages: props.initialMessages,
    transport,
    onData: (part) => {
      if (part.type === "data-status") setStatus(part.data.message);
      if (part.type === "data-answer") {
        setStatus(undefined);
        const isNew = threadId.current !== part.data.threadId;
        threadId.current = part.data.threadId;
        if (isNew) {
          // Keep the URL on the thread so a reload reopens it (no navigation: the stream goes on).
          window.history.replaceState(null, "", `/chat/${part.data.threadId}`);
          refresh();
        }
      }
    },
    onFinish: () => setStatus(undefined),
  });
  const busy = chatStatus === "submitted" || chatStatus === "streaming";
  const asked = useRef(false);
  useEffect(() => {
    if (!props.initialQuestion || asked.current) return;
    asked.current = true;
    setStatus("sending");
    void sendMessage({ text: props.initialQuestion });
  }, [props.initialQuestion, sendMessage]);

  const ask = (text: string) => {
    const q = text.trim();
    if (!q || busy) return;
    setInput("");
    setStatus("sending");
    void sendMessage({ text: q });
  };
  const choose = (o: { id: string; label: string }) => {
    if (busy) return;
    pendingChoice.current = o.id;
    setStatus("sending");
    void sendMessage({ text: o.label });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    ask(input);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      ask(input);
    }
  };

  return (
    <div className="chat">
      <h1 className="visually-hidden">Chat</h1>
      <div className="messages" aria-live="polite" aria-busy={busy}>
        {messages.length === 0 ? (
          <section className="empty" aria-label="Suggested questions">
            <h2>Ask about {me.organization.name}'s marketing</h2>
            <p className="muted">Every number comes from the metrics core; every answer has a receipt.</p>
            <div className="suggestions">
              {SUGGESTIONS.map((s) => (
                <button key={s} type="button" className="chip" onClick={() => ask(s)}>
                  {s}
                </button>
              ))}
            </div>
          </section>
        ) : null}
        {messages.map((m) => {
          const answer = answerOf(m);
          const text = textOf(m);
          const lead = leadOf(m);
          return (
            <article
              key={m.id}
              className={`msg ${m.role}`}
              aria-label={m.role === "user" ? "Question" : "Answer"}
            >
              {lead ? <p className="msg-lead">{lead}</p> : null}
              {text ? <p className="msg-text">{text}</p> : null}
              {answer ? (
                <AnswerView
                  answer={answer}
                  currency={me.organization.currency}
                  onChoose={choose}
                  busy={busy}
                />
              ) : null}
            </article>
          );
        })}
        {busy ? (
          <p className="status" role="status">
            <span className="dot" aria-hidden="true" /> {status ?? "thinking"}…
          </p>
        ) : null}
        {error ? (
          <p className="error" role="alert">
            {error.message}
          </p>
        ) : null}
      </div>
      <form className="composer" onSubmit={onSubmit}>
        <label htmlFor="question" className="visually-hidden">
          Your question
        </label>
        <textarea
          id="question"
          rows={2}
          value={input}
          placeholder="Ask a question, e.g. revenue by channel last month"
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {busy ? (
          <button type="button" className="btn" onClick={() => void stop()}>
            Stop
          </button>
        ) : (
          <button type="submit" className="btn primary" disabled={!input.trim()}>
            Ask
          </button>
        )}
      </form>
    </div>
  );
}
