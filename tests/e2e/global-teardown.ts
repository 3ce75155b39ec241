import { rmSync } from "node:fs";
import path from "node:path";

/** Removes the throwaway database the browser tests ran on. */
export default function removeTestData() {
  const dataDir = process.env.CLAIMDESK_E2E_DATA_DIR;
  if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true });
}
