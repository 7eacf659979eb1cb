/**
 * User-facing strings. One module per area (`parse`, `judge`, `summary`, `evidence`, `workbook`,
 * `cli`, `taskpane` …), each exporting its zh-CN table first; areas shown in the task pane also
 * export an en-US table of the same shape. No text a user reads is written outside `src/i18n`. (The words the parsers *recognise* in cells — 左右, 以上, 上半年 … — are input
 * vocabulary and live beside the lexer in `src/core` as constant tables.)
 *
 * Logic returns codes with data and these modules render them where they are shown: the table
 * finder's column and plan evidence (`ColumnEvidence`, `PlanEvidence`) by `evidenceText` and
 * `planEvidenceText` in `evidence.ts`, which also holds the one table of column-role names
 * (`roleNames`) that the task pane's drop-down and the evidence share.
 *
 * The engine writes its notes and narrative in Chinese: they are the text of a bureau report.
 */
export type Locale = "zh-CN" | "en-US";
