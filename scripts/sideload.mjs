// npm start / npm stop: sideload into Excel desktop where it exists (Windows, macOS); elsewhere say how
// to sideload into Excel on the web instead of failing obscurely.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const action = process.argv[2] === "stop" ? "stop" : "start";

if (process.platform === "win32" || process.platform === "darwin") {
  // office-addin-debugging is an optional dependency (its keytar may not build everywhere): use the pinned copy.
  const bin = join(new URL("..", import.meta.url).pathname, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  if (!existsSync(bin)) {
    console.error("office-addin-debugging is not installed (an optional dependency that failed to build here). Run `npm install` again, or sideload manifest.xml by hand as README.md describes.");
    process.exit(1);
  }
  const r = spawnSync(bin, [action, "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}

if (action === "stop") {
  console.log("Nothing to stop: no Excel desktop on this system. Stop `npm run dev-server` with Ctrl+C.");
  process.exit(0);
}
console.log(`Excel desktop is not available on ${process.platform}. To try the add-in in Excel on the web:
  1. npm run dev-server          (serves https://localhost:3000 with a trusted development certificate)
  2. Open a workbook at https://www.office.com in a browser on this machine.
  3. Home → Add-ins → More add-ins → My add-ins → Upload My Add-in, and choose manifest.xml.
  4. The "Моніторинг програми" group appears on the Home tab.`);
