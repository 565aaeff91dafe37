/** Badge tone per outbox status (with the status word beside it, never colour alone). */
export const OUTBOX_STATUS_TONES: Record<string, "info" | "warn" | "ok" | "danger"> = { queued: "info", sending: "warn", sent: "ok", failed: "danger" };
