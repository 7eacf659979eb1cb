/**
 * Width folding: full-width forms (`１５００`, `５１．３`, `＞`, `（`, `％`, `［`) and the minus sign
 * `−` read as their ASCII twins, one character for one character, so offsets into the folded text
 * are offsets into the raw text. Unlike NFKC it leaves `³`, `μ`, `Ⅲ` and `‰` alone.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Characters outside the full-width block that also fold, each to one ASCII character. */
const SINGLE_FOLDS: Readonly<Record<string, string>> = {
  "\u3000": " ", // ideographic space
  "\u00a0": " ", // no-break space
  "\u2212": "-", // minus sign
  "\u2013": "-", // en dash
  "\ufe63": "-", // small hyphen-minus
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2264": "≤",
  "\u2265": "≥",
  "\u2266": "≤", // ≦
  "\u2267": "≥", // ≧
  "\u3014": "[", // 〔
  "\u3015": "]", // 〕
  "\u3010": "[", // 【
  "\u3011": "]", // 】
};

/** Any character that folds: the full-width block and the keys of `SINGLE_FOLDS`. */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2212\u2013\ufe63\u2010\u2011\u2264-\u2267\u3014\u3015\u3010\u3011]/u;

/**
 * Folds one character to its ASCII twin when it has one; returns it unchanged otherwise.
 * @example foldCharacter("５") //=> "5"
 */
export function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (character.length === 1 && code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
    return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  }
  return SINGLE_FOLDS[character] ?? character;
}

/**
 * Folds full-width forms and dashes in a text, keeping its length (offsets stay valid).
 * @example foldWidth("＞９０％") //=> ">90%"
 */
export function foldWidth(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let folded = "";
  for (let index = 0; index < text.length; index += 1) {
    folded += foldCharacter(text.charAt(index));
  }
  return folded;
}

/**
 * Removes every kind of white space, line breaks included (`2020 年`, `完成上级\n下达任务`).
 * @example removeSpaces("完成上级\n下达 任务") //=> "完成上级下达任务"
 */
export function removeSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/gu, "");
}
