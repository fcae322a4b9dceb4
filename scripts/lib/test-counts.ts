import { existsSync, readFileSync } from "node:fs";

type VitestReport = { numPassedTests: number; numFailedTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };

/** Adds up the Vitest and Playwright JSON reports into one closing line's numbers. */
export function countResults(vitestFile: string, playwrightFile: string) {
  let passed = 0;
  let failed = 0;
  if (existsSync(vitestFile)) {
    const report = JSON.parse(readFileSync(vitestFile, "utf8")) as VitestReport;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (existsSync(playwrightFile)) {
    const { stats } = JSON.parse(readFileSync(playwrightFile, "utf8")) as PlaywrightReport;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return { passed, failed };
}
