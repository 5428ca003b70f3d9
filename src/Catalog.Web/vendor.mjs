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

// Source Serif 4 (SIL Open Font License) for titles and abstracts: a serif every system shows alike, where the system
// serifs differ (Linux has no Georgia or Palatino and would fall back to a Times-like face). Latin and Latin Extended,
// the weights the stylesheet uses; app.css declares them with their unicode ranges, so a page loads only what it shows.
const fonts = "wwwroot/lib/source-serif-4";
rmSync(fonts, { recursive: true, force: true });
mkdirSync(fonts, { recursive: true });
cpSync("node_modules/@fontsource/source-serif-4/LICENSE", `${fonts}/LICENSE`);
for (const subset of ["latin", "latin-ext"]) {
  for (const face of ["400-normal", "400-italic", "600-normal", "600-italic"]) {
    const file = `source-serif-4-${subset}-${face}.woff2`;
    cpSync(`node_modules/@fontsource/source-serif-4/files/${file}`, `${fonts}/${file}`);
  }
}
