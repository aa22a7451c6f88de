"use client";

/** One destination as the forms edit it (a webhook URL, e-mail addresses or a Slack channel). */
export interface DestinationDraft {
  type: "webhook" | "email" | "slack";
  url: string;
  to: string;
  channel: string;
}

export const EMPTY_DESTINATION: DestinationDraft = { type: "webhook", url: "", to: "", channel: "" };

/** The API's destination object (briefs/delivery/destinations.ts) from the draft. */
export function destinationBody(d: DestinationDraft): Record<string, unknown> {
  if (d.type === "webhook") return { type: "webhook", url: d.url.trim() };
  if (d.type === "email")
    return {
      type: "email",
      to: d.to
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  return { type: "slack", channel: d.channel.trim() };
}

/** A stored destination in words, for the lists. */
export function destinationText(d: Record<string, unknown>): string {
  if (d.type === "webhook") return `webhook ${String(d.url ?? "")}`;
  if (d.type === "email") return `e-mail ${Array.isArray(d.to) ? d.to.join(", ") : ""}`;
  if (d.type === "slack") return `Slack ${String(d.channel ?? "")}`;
  return String(d.type);
}

/** Where to deliver: a kind, then the one field that kind needs; its error shown beside it. */
export function DestinationFields(props: {
  idPrefix: string;
  value: DestinationDraft;
  onChange: (d: DestinationDraft) => void;
  error?: string;
}) {
  const { idPrefix: p, value: d } = props;
  const errorId = `${p}-dest-error`;
  const aria = {
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": props.error ? errorId : undefined,
  };
  return (
    <fieldset className="fieldset">
      <legend>Deliver to</legend>
      <div className="row">
        {(["webhook", "email", "slack"] as const).map((t) => (
          <label key={t} className="radio">
            <input
              type="radio"
              name={`${p}-dest-type`}
              checked={d.type === t}
              onChange={() => props.onChange({ ...d, type: t })}
            />
            {t === "webhook" ? "Webhook" : t === "email" ? "E-mail" : "Slack channel"}
          </label>
        ))}
      </div>
      {d.type === "webhook" ? (
        <>
          <label htmlFor={`${p}-url`}>Webhook URL</label>
          <input
            id={`${p}-url`}
            type="url"
            placeholder="https://hooks.example.com/briefs"
            value={d.url}
            onChange={(e) => props.onChange({ ...d, url: e.target.value })}
            {...aria}
          />
        </>
      ) : d.type === "email" ? (
        <>
          <label htmlFor={`${p}-to`}>E-mail addresses (comma-separated)</label>
          <input
            id={`${p}-to`}
            type="text"
            placeholder="cmo@example.com, team@example.com"
            value={d.to}
            onChange={(e) => props.onChange({ ...d, to: e.target.value })}
            {...aria}
          />
        </>
      ) : (
        <>
          <label htmlFor={`${p}-channel`}>Slack channel</label>
          <input
            id={`${p}-channel`}
            type="text"
            placeholder="#marketing or C0123ABC"
            value={d.channel}
            onChange={(e) => props.onChange({ ...d, channel: e.target.value })}
            {...aria}
          />
        </>
      )}
      {props.error ? (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
