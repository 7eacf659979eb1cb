// Renders the add-in's icons (assets/*.svg) to the PNG sizes the manifest names, in headless
// Chromium. Run after editing an SVG: `node scripts/render-icons.mjs`; the PNGs are committed.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";

const sizes = [16, 32, 64, 80];
const icons = ["icon", "assess", "settings"];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    const svg = readFileSync(new URL(`../assets/${icon}.svg`, import.meta.url), "utf8");
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const html = `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`;
      await page.setContent(html);
      const png = await page.locator("svg").screenshot({ omitBackground: true });
      writeFileSync(new URL(`../assets/${icon}-${size}.png`, import.meta.url), png);
    }
  }
} finally {
  await browser.close();
}
console.log(`rendered ${icons.length * sizes.length} icons`);
