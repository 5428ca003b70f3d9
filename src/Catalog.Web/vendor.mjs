// Copies the browser files of the npm packages the app uses into wwwroot/lib, where the app serves them.
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";

const target = "wwwroot/lib/katex";
rmSync(target, { recursive: true, force: true });
mkdirSync(`${target}/contrib`, { recursive: true });
mkdirSync(`${target}/fonts`, { recursive: true });
for (const file of ["katex.min.js", "katex.min.css"]) {
  cpSync(`node_modules/katex/dist/${file}`, `${target}/${file}`);
}
cpSync("node_modules/katex/LICENSE", `${target}/LICENSE`);
cpSync("node_modules/katex/dist/contrib/auto-render.min.js", `${target}/contrib/auto-render.min.js`);
// Every browser the app supports reads woff2, the smallest of KaTeX's three font formats.
for (const font of readdirSync("node_modules/katex/dist/fonts").filter((f) => f.endsWith(".woff2"))) {
  cpSync(`node_modules/katex/dist/fonts/${font}`, `${target}/fonts/${font}`);
}
