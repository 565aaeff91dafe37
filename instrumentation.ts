/** Runs once when `next start` boots: validate configuration, then start the periodic jobs in-process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, so that nothing logged afterwards carries a failed query's parameters (personal data) to the log.
  const { installLogRedaction } = await import("./lib/server/log-redaction");
  installLogRedaction();
  const { getEnv } = await import("./lib/env");
  const env = getEnv();
  if (!env.JOBS_ENABLED) return;
  const { startJobRunner } = await import("./lib/server/jobs/runner");
  const { appJobs } = await import("./lib/server/jobs/registry");
  startJobRunner(appJobs(), env.JOBS_POLL_INTERVAL_MS);
}
