import { spawnSync } from "node:child_process";

/**
 * Suites that need a system program skip loudly on a developer machine without it,
 * and fail under CI=true, where .ci/run must have installed it.
 */
export function requireSystemTool(name: string, probe: () => boolean): boolean {
  if (probe()) return true;
  const message = `System tool "${name}" is missing: install it (see .ci/run).`;
  if (process.env["CI"] === "true") throw new Error(`${message} CI must not skip this suite.`);
  process.stderr.write(`\n!!! SKIPPING: ${message}\n\n`);
  return false;
}

export function commandWorks(command: string, args: string[] = ["--version"]): boolean {
  return spawnSync(command, args, { encoding: "utf8" }).status === 0;
}
