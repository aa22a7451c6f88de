import { createAlertInput, patchAlertInput } from "../../briefs/alerts/rule.ts";
import { createScheduleInput, patchScheduleInput, previewInput } from "../../briefs/schedule/input.ts";
import { alertListResponse } from "../routes/alerts.ts";
import { createdScheduleResponse, scheduleListResponse } from "../routes/briefs.ts";
import { createPlannedChangeInput } from "../routes/planned-change-input.ts";
import { plannedChangeListResponse, plannedChangeResponse } from "../routes/planned-changes.ts";
import { createTargetInput, patchTargetInput } from "../routes/target-input.ts";
import { targetListResponse, targetResponse } from "../routes/targets.ts";
import type { Operation } from "./build.ts";

/**
 * /api/v1/briefs (schedules), /api/v1/alerts (alert rules), /api/v1/targets (metric targets) and
 * /api/v1/planned-changes (flights and holdouts the anomaly detector knows).
 */
export const SCHEDULING_OPERATIONS: readonly Operation[] = [
  {
    method: "get",
    path: "/api/v1/briefs",
    summary: "Scheduled briefs and reports, with their next run time",
    tags: ["schedules"],
    response: scheduleListResponse,
  },
  {
    method: "post",
    path: "/api/v1/briefs",
    summary:
      "Schedule a brief or saved report: cron in the organization's time zone, destinations (webhook, Slack, e-mail); analyst or admin",
    tags: ["schedules"],
    body: createScheduleInput,
    response: createdScheduleResponse,
    success: 201,
  },
  {
    method: "post",
    path: "/api/v1/briefs/preview",
    summary: "Produce what a schedule would deliver at a given fire time, without delivering it",
    tags: ["schedules"],
    body: previewInput,
  },
  {
    method: "get",
    path: "/api/v1/briefs/:id",
    summary: "One schedule and its recent runs (status, attempts, last error, delivered at)",
    tags: ["schedules"],
    statuses: [404],
  },
  {
    method: "patch",
    path: "/api/v1/briefs/:id",
    summary: "Change a schedule (fires before the change are not caught up); analyst or admin",
    tags: ["schedules"],
    body: patchScheduleInput,
    statuses: [404],
  },
  {
    method: "delete",
    path: "/api/v1/briefs/:id",
    summary: "Delete a schedule and its runs; analyst or admin",
    tags: ["schedules"],
    success: 204,
    statuses: [404],
  },
  {
    method: "post",
    path: "/api/v1/briefs/:id/send",
    summary: "Produce and deliver a schedule now; returns the run and its attempts; analyst or admin",
    tags: ["schedules"],
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/alerts",
    summary: "Alert rules",
    tags: ["alerts"],
    response: alertListResponse,
  },
  {
    method: "post",
    path: "/api/v1/alerts",
    summary:
      "Create an alert rule: a metric above/below a threshold or an anomaly, optionally per channel or campaign; analyst or admin",
    tags: ["alerts"],
    body: createAlertInput,
    success: 201,
  },
  {
    method: "get",
    path: "/api/v1/alerts/:id",
    summary: "One alert rule and the alerts it sent (one per rule and day)",
    tags: ["alerts"],
    statuses: [404],
  },
  {
    method: "patch",
    path: "/api/v1/alerts/:id",
    summary: "Change an alert rule; analyst or admin",
    tags: ["alerts"],
    body: patchAlertInput,
    statuses: [404],
  },
  {
    method: "delete",
    path: "/api/v1/alerts/:id",
    summary: "Delete an alert rule and its alerts; analyst or admin",
    tags: ["alerts"],
    success: 204,
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/targets",
    summary: "Per-metric targets (target CPA, ROAS at least 2 on paid social)",
    tags: ["targets"],
    response: targetListResponse,
  },
  {
    method: "post",
    path: "/api/v1/targets",
    summary:
      "Set a metric's target, optionally for one channel, platform or campaign; answers then say whether it is met; analyst or admin",
    tags: ["targets"],
    body: createTargetInput,
    response: targetResponse,
    success: 201,
  },
  {
    method: "patch",
    path: "/api/v1/targets/:id",
    summary: "Change a target's value, direction or period; analyst or admin",
    tags: ["targets"],
    body: patchTargetInput,
    response: targetResponse,
    statuses: [404],
  },
  {
    method: "delete",
    path: "/api/v1/targets/:id",
    summary: "Delete a target; analyst or admin",
    tags: ["targets"],
    success: 204,
    statuses: [404],
  },
  {
    method: "get",
    path: "/api/v1/planned-changes",
    summary:
      "Planned paid-media changes (budget flights, holdout weeks, lasting budget changes) the anomaly detector treats as known",
    tags: ["planned-changes"],
    response: plannedChangeListResponse,
  },
  {
    method: "post",
    path: "/api/v1/planned-changes",
    summary:
      "Record a planned change of a channel or campaign, so alerts do not fire on it; analyst or admin",
    tags: ["planned-changes"],
    body: createPlannedChangeInput,
    response: plannedChangeResponse,
    success: 201,
  },
  {
    method: "delete",
    path: "/api/v1/planned-changes/:id",
    summary: "Delete a planned change; analyst or admin",
    tags: ["planned-changes"],
    success: 204,
    statuses: [404],
  },
];
