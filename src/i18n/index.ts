/**
 * User-facing strings. One module per area (`parse`, `judge`, `summary`, `workbook`, `cli`,
 * `taskpane`), each exporting its zh-CN table first; areas shown in the task pane also export an
 * en-US table of the same shape. No Chinese literal lives outside `src/i18n`.
 *
 * The engine writes its notes and narrative in Chinese: they are the text of a bureau report.
 */
export type Locale = "zh-CN" | "en-US";
