/**
 * 复制段落: puts the drafted paragraph on the clipboard. Office's task pane may refuse the async
 * Clipboard API (older WebView hosts, no permission); then a hidden text area is selected and the
 * classic copy command used. Never throws: the answer says whether it worked.
 */

/**
 * Copies text to the clipboard; true when it got there.
 * @example await copyText("按照‘时间与进度基本一致’原则，…") //=> true
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: fall back to the copy command below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  try {
    area.select();
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
