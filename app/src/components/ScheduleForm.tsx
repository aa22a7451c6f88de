"use client";
import { type FormEvent, useState } from "react";
import { api } from "@/lib/api";
import { cronFromPicker, type Picker, WEEKDAYS } from "@/lib/cron";
import { fieldError } from "@/lib/field-errors";
import {
  type DestinationDraft,
  DestinationFields,
  destinationBody,
  EMPTY_DESTINATION,
} from "./DestinationFields";

/** What the API answers on create: the schedule, and each webhook's signing secret (shown once). */
export interface CreatedSchedule {
  schedule: { id: number; name: string };
  secrets: { destination: number; secret: string }[];
}

/**
 * A new brief schedule (POST /api/v1/briefs): a name, the brief's period, when (every day or a
 * weekday at a time, or a cron expression) in the organization's time zone, and one destination.
 */
export function ScheduleForm(props: {
  timeZone: string;
  onCreated: (c: CreatedSchedule) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState("Monday brief");
  const [period, setPeriod] = useState<"last_week" | "last_month">("last_week");
  const [mode, setMode] = useState<"picker" | "cron">("picker");
  const [picker, setPicker] = useState<Picker>({ every: "week", weekday: 1, time: "09:00" });
  const [cron, setCron] = useState("0 9 * * 1");
  const [dest, setDest] = useState<DestinationDraft>(EMPTY_DESTINATION);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      props.onCreated(
        await api<CreatedSchedule>("/api/v1/briefs", {
          body: {
            name: name.trim(),
            kind: "brief",
            target: { period: { preset: period } },
            cron: mode === "picker" ? cronFromPicker(picker) : cron.trim(),
            destinations: [destinationBody(dest)],
          },
        }),
      );
    } catch (err) {
      setErrors(fieldError(err, { name: "name", cron: "cron", destinations: "destination" }));
    } finally {
      setBusy(false);
    }
  };
  const err = (k: string) =>
    errors[k] ? (
      <p id={`sf-${k}-error`} className="field-error" role="alert">
        {errors[k]}
      </p>
    ) : null;
  const aria = (k: string) => ({
    "aria-invalid": errors[k] ? true : undefined,
    "aria-describedby": errors[k] ? `sf-${k}-error` : undefined,
  });
  return (
    <form className="panel form-grid" onSubmit={submit} aria-labelledby="sf-title" noValidate>
      <h2 id="sf-title">New brief schedule</h2>
      <div>
        <label htmlFor="sf-name">Name</label>
        <input id="sf-name" value={name} onChange={(e) => setName(e.target.value)} {...aria("name")} />
        {err("name")}
      </div>
      <div>
        <label htmlFor="sf-period">Brief period</label>
        <select id="sf-period" value={period} onChange={(e) => setPeriod(e.target.value as typeof period)}>
          <option value="last_week">Last week (Monday to Sunday)</option>
          <option value="last_month">Last month</option>
        </select>
      </div>
      <fieldset className="fieldset">
        <legend>When ({props.timeZone})</legend>
        <div className="row">
          <label className="radio">
            <input
              type="radio"
              name="sf-mode"
              checked={mode === "picker"}
              onChange={() => setMode("picker")}
            />
            Daily or weekly
          </label>
          <label className="radio">
            <input type="radio" name="sf-mode" checked={mode === "cron"} onChange={() => setMode("cron")} />
            Cron expression
          </label>
        </div>
        {mode === "picker" ? (
          <div className="row">
            <label htmlFor="sf-every" className="visually-hidden">
              Every
            </label>
            <select
              id="sf-every"
              value={picker.every}
              onChange={(e) => setPicker({ ...picker, every: e.target.value as Picker["every"] })}
            >
              <option value="week">Every week on</option>
              <option value="day">Every day</option>
            </select>
            {picker.every === "week" ? (
              <>
                <label htmlFor="sf-weekday" className="visually-hidden">
                  Weekday
                </label>
                <select
                  id="sf-weekday"
                  value={picker.weekday}
                  onChange={(e) => setPicker({ ...picker, weekday: Number(e.target.value) })}
                >
                  {WEEKDAYS.map((d, i) => (
                    <option key={d} value={i}>
                      {d}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
            <label htmlFor="sf-time">at</label>
            <input
              id="sf-time"
              type="time"
              className="time"
              value={picker.time}
              onChange={(e) => setPicker({ ...picker, time: e.target.value })}
              {...aria("cron")}
            />
          </div>
        ) : (
          <>
            <label htmlFor="sf-cron">Cron (minute hour day month weekday)</label>
            <input id="sf-cron" value={cron} onChange={(e) => setCron(e.target.value)} {...aria("cron")} />
          </>
        )}
        {err("cron")}
      </fieldset>
      <DestinationFields idPrefix="sf" value={dest} onChange={setDest} error={errors.destination} />
      {err("form")}
      <div className="row">
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? "Creating…" : "Create schedule"}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
