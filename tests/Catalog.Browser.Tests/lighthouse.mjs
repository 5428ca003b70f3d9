// Lighthouse on the home, results and paper pages of the built app. Prints the four category scores of each page and
// exits 1 when any score is under 0.95, listing the audits that cost points.
//
//   node lighthouse.mjs [path/to/Catalog.Web.dll]
//
// The default app is the one published by `dotnet publish src/Catalog.Web -c Release -o artifacts/publish`, as .ci/run
// does: a published app serves its static files precompressed, as it would in production. The app runs on a free port
// of 127.0.0.1 over a temporary catalog imported from the repository's seeds/, and is stopped at the end.
// Chromium is CHROME_PATH, by default Debian's /usr/bin/chromium.
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const MinScore = 0.95;
// Best practices (safe headers, no console errors, legible text) must stay perfect: a lost point there is a defect.
const MinScores = { "best-practices": 1 };
const Categories = ["performance", "accessibility", "best-practices", "seo"];
const Pages = { home: "/", results: "/papers?q=scaling", paper: "/papers/2210.07998" };
// The flags known to work for Debian's chromium in a container, run as root.
const ChromeFlags = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const app = resolve(process.argv[2] ?? join(root, "artifacts/publish/Catalog.Web.dll"));
const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const cli = join(here, "node_modules/lighthouse/cli/index.js");

for (const [file, fix] of [
  [app, "publish it first: dotnet publish src/Catalog.Web -c Release -o artifacts/publish (or pass a Catalog.Web.dll)"],
  [chrome, "install Chromium: sudo apt-get install -y chromium (or set CHROME_PATH)"],
  [cli, `run npm ci in ${here}`],
]) {
  if (!existsSync(file)) {
    console.error(`lighthouse.mjs: ${file} is missing; ${fix}`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), "catalog-lighthouse-"));
const base = `http://127.0.0.1:${await freePort()}`;
const server = startApp();
let failed = false;
try {
  await waitUntilAnswering(base, 60_000);
  for (const [name, path] of Object.entries(Pages)) {
    failed = report(name, base + path, await lighthouse(base + path)) || failed;
  }
} catch (error) {
  console.error(`lighthouse.mjs: ${error.message}`);
  if (server.log) console.error(server.log.trimEnd());
  failed = true;
} finally {
  server.process.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
console.log(failed ? `Lighthouse: a score is under its minimum (${MinScore}, best practices 1).`
  : `Lighthouse: every score is ${MinScore} or more, and best practices 1.`);
process.exit(failed ? 1 : 0);

function startApp() {
  // The app's own folder is its content root: appsettings.json and wwwroot are looked up there.
  const child = spawn("dotnet", [app, "--urls", base, "--seeds", join(root, "seeds"), "--db", join(work, "catalog.db")], {
    cwd: dirname(app),
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: "Production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const state = { process: child, log: "", exited: null };
  child.stdout.on("data", (data) => (state.log += data));
  child.stderr.on("data", (data) => (state.log += data));
  child.on("exit", (code) => (state.exited = code));
  return state;
}

async function waitUntilAnswering(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited !== null) throw new Error(`the app exited with ${server.exited} before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the app did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function lighthouse(url, attempt = 1) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [
      cli, url, "--quiet", "--output=json", "--output-path=stdout",
      `--only-categories=${Categories.join(",")}`, `--chrome-flags=${ChromeFlags.join(" ")}`,
    ], { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 });
    return JSON.parse(stdout);
  } catch (error) {
    // Chrome's trace is sometimes lost on a loaded machine (NO_NAVSTART); Lighthouse itself says to run it again.
    if (attempt === 1 && String(error.message).includes("Please run Lighthouse again")) {
      console.log(`  ${url}: Lighthouse lost its trace; running it again`);
      return lighthouse(url, attempt + 1);
    }
    throw error;
  }
}

/** Prints a page's scores, and the audits that lost points in a category under the minimum; true when one is under. */
function report(name, url, result) {
  const scores = Categories.map((id) => [id, result.categories[id]?.score ?? 0]);
  console.log(`${name.padEnd(8)} ${scores.map(([id, score]) => `${id} ${score.toFixed(2)}`).join("  ")}  ${url}`);
  if (result.runtimeError) console.log(`  runtime error: ${result.runtimeError.code} ${result.runtimeError.message}`);
  const low = scores.filter(([id, score]) => score < (MinScores[id] ?? MinScore));
  for (const [id] of low) {
    for (const ref of result.categories[id].auditRefs.filter((r) => r.weight > 0)) {
      const audit = result.audits[ref.id];
      if (audit.score !== null && audit.score < 1) {
        console.log(`  ${id}: ${audit.id} ${audit.score} ${audit.displayValue ?? ""} ${audit.title}`);
      }
    }
  }
  return low.length > 0 || Boolean(result.runtimeError);
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}
