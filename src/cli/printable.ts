/**
 * What the command line prints is cleaned of what a terminal would act on: text from the user's
 * cells (indicator names, sheet names, cell text in messages) may hold escape sequences (ESC [ …,
 * OSC ESC ] … BEL that can retitle a window or forge a link), other C0 and C1 control characters
 * and the bidirectional overrides that make printed text read differently from what it is.
 * Printed text keeps its line breaks and tabs; the JSON output keeps its data and writes those
 * characters as `\u` escapes, which JSON readers turn back into the same text.
 */

/**
 * ANSI escape sequences: CSI (ESC [ or C1 CSI, parameters, final), OSC (ESC ] or C1 OSC … BEL or
 * ST), and two-character ESC forms.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's purpose
const ESCAPE_SEQUENCES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-_]?/gu;
/** Other control characters (C0 but tab and line feed, DEL, C1) and bidirectional controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's purpose
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** What JSON.stringify leaves raw but a terminal may act on. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text safe to print on a terminal.
 * @example printable("GDP\u001b[31m（亿元）\u001b[0m\r") //=> "GDP（亿元）"
 */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, "").replace(CONTROLS, "");
}

/**
 * A value as JSON text with nothing a terminal acts on left raw (same data once parsed).
 * @example printableJson({ name: "A\u009bB" }) //=> '{"name":"A\\u009bB"}'
 */
export function printableJson(value: unknown): string {
  return JSON.stringify(value).replace(JSON_RAW, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
