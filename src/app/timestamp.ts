/** The time stamp a run writes into its summary: local time with its offset, as a bureau reads it. */

/**
 * A time stamp in local time with its UTC offset: `2024-07-15T09:00:00+08:00`.
 * @example localTimestamp(new Date("2024-07-15T01:00:00Z")) //=> "2024-07-15T09:00:00+08:00" (in China)
 */
export function localTimestamp(date: Date): string {
  const pad = (value: number) => String(Math.abs(value)).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
