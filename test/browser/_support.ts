/// <reference types="node" />
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../scripts/print-pdfs.js";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Where screenshots go (git-ignored through `test-output/`). */
export const SCREENSHOTS = join(ROOT, "test-output/screenshots");

/** Launches Debian's Chromium (never a downloaded browser) with the flags from TOOLCHAIN.md. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (set CHROMIUM_PATH)`);
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
}

/** The base URL of a server listening on loopback. */
export function baseUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === "string") throw new Error("server is not listening on a TCP port");
  return `http://127.0.0.1:${address.port}`;
}

/** One axe-core finding, trimmed for printing. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page. The page's CSP only allows same-origin scripts, so axe is served
 * from a routed same-origin URL instead of being injected inline (which the CSP would block).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const origin = new URL(page.url()).origin;
  const axePath = join(ROOT, "node_modules/axe-core/axe.min.js");
  await page.route(`${origin}/__axe.min.js`, (route) =>
    route.fulfill({ path: axePath, contentType: "text/javascript" }),
  );
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: `${origin}/__axe.min.js` });
  return page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
}

export { KEY_MATERIAL, keyMaterialIn } from "../examples/_helpers.js";

/** A tiny assertion log, printed as the script runs. */
export function check(ok: boolean, message: string, failures: string[]): void {
  console.log(`${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures.push(message);
}
