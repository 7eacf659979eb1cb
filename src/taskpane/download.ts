/**
 * 导出报告（Word）: saving a file from the task pane. What each Excel platform allows:
 * - Excel on the web (a browser tab) and Excel on Windows (WebView2): an anchor with `download` on
 *   a Blob URL saves the file; on Windows the download bar shows inside the pane
 *   (https://github.com/OfficeDev/office-js/issues/1793).
 * - Excel on Mac and on iPad (WKWebView): such a download does nothing, by design
 *   (https://github.com/OfficeDev/office-js/issues/2700, #3385, #4681): the pane says so and offers
 *   the copy of the paragraphs and the command line instead.
 * The platform is Office's own answer (`Office.context.diagnostics.platform`:
 * https://learn.microsoft.com/en-us/javascript/api/office/office.contextinformation).
 */

/** Platforms whose add-in web view cannot save a file. */
const NO_DOWNLOAD: ReadonlySet<string> = new Set(["Mac", "iOS"]);

/**
 * Whether the pane can save a file on this platform (unknown platforms are tried).
 * @example canDownload("Mac") //=> false
 */
export function canDownload(platform: string | null | undefined): boolean {
  return !NO_DOWNLOAD.has(platform ?? "");
}

/**
 * Offers a Blob for download under a file name; true once the download was started.
 * @example downloadBlob(new Blob(["…"]), "报告.docx") //=> true
 */
export function downloadBlob(blob: Blob, name: string): boolean {
  try {
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = name;
    anchor.style.display = "none";
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}
