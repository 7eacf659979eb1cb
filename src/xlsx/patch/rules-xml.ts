/**
 * The run's conditional formats as worksheet XML, and the removal of an earlier run's from the
 * user's sheet. An "equals this text" rule is a `cellIs equal` rule with a differential format (as
 * the other doors write it); a data bar is the 2007 `dataBar` rule linked by id to its Excel 2010
 * settings in the sheet's `extLst` (solid fill, bars from zero: `x14:dataBar gradient="0"`,
 * MS-XLSX §2.6.29), the form Excel itself saves. The 2010 part lives in the extension
 * `{78C0D931-6437-407d-A8EE-F0AAD7539E65}` (x14:conditionalFormattings, MS-XLSX §2.3.7).
 */
import { parseMultiAreaAddress, rangeAddress } from "../../workbook/address";
import type { CellRange, ConditionalRule } from "../../workbook/types";
import { escapeXml } from "../chart-xml";
import { attributesOf, startTagAttributes } from "../package-parts";
import { argb } from "../style";
import type { StylesPart } from "./styles-part";

/** The extension holding a sheet's Excel 2010 conditional formats. */
export const X14_FORMATS_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
/** The extension of a 2007 rule that names its 2010 counterpart. */
const X14_ID_URI = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

/** The XML of a sheet's new rules: the `conditionalFormatting` elements and the 2010 entries. */
export interface RulesXml {
  formats: string;
  /** `x14:conditionalFormatting` elements, each declaring its own prefixes. */
  extensions: string;
}

/**
 * The run's rules as XML, with priorities from `firstPriority` on and data-bar ids not in `takenIds`.
 * @example rulesXml([{ type: "dataBar", range, color: "#5B9BD5" }], styles, 1, new Set()).formats //=> '<conditionalFormatting sqref="N3:N40"><cfRule type="dataBar" priority="1">…'
 */
export function rulesXml(rules: readonly ConditionalRule[], styles: StylesPart, firstPriority: number, takenIds: ReadonlySet<string>): RulesXml {
  let priority = firstPriority;
  let serial = 0;
  const formats: string[] = [];
  const extensions: string[] = [];
  for (const rule of rules) {
    const sqref = rangeAddress(rule.range);
    switch (rule.type) {
      case "textEquals": {
        const dxf = styles.differential(rule.fill, rule.fontColor);
        const formula = escapeXml(`"${rule.text.replace(/"/gu, '""')}"`);
        formats.push(`<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="${dxf}" priority="${priority}" operator="equal"><formula>${formula}</formula></cfRule></conditionalFormatting>`);
        break;
      }
      case "dataBar": {
        let id = "";
        do {
          serial += 1;
          id = `{504C414E-4153-5345-5353-${serial.toString(16).toUpperCase().padStart(12, "0")}}`;
        } while (takenIds.has(id));
        const color = argb(rule.color);
        formats.push(
          `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${color}"/></dataBar>` +
            `<extLst><ext uri="${X14_ID_URI}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
        );
        extensions.push(
          `<x14:conditionalFormatting xmlns:x14="${X14}" xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0">` +
            `<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>` +
            `<xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`,
        );
        break;
      }
      default: {
        const never: never = rule;
        throw new Error(`Unknown conditional rule ${JSON.stringify(never)}`);
      }
    }
    priority += 1;
  }
  return { formats: formats.join(""), extensions: extensions.join("") };
}

/** Whether a range lies inside another. */
function inside(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/**
 * Whether a `conditionalFormatting` element is one the add-in wrote in one of the areas: every
 * range it applies to lies inside the area, and each of its rules is of a kind the add-in writes
 * (an equals-text rule, a data bar). A user's format reaching beyond the area is kept whole.
 * @example isOwnFormat('<conditionalFormatting sqref="N3:N40"><cfRule type="dataBar" …', [area]) //=> true
 */
export function isOwnFormat(element: string, areas: readonly CellRange[]): boolean {
  const sqref = startTagAttributes(element).sqref ?? "";
  const ranges = parseMultiAreaAddress(sqref.replace(/\$/gu, ""));
  if (!ranges || !areas.some((area) => ranges.every((range) => inside(range, area)))) return false;
  const rules = [...element.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*>/gu)].map((match) => attributesOf(match[0]));
  return rules.length > 0 && rules.every((rule) => rule.type === "dataBar" || (rule.type === "cellIs" && rule.operator === "equal"));
}

/**
 * A `conditionalFormatting` element without the rules the add-in wrote in one of the areas (see
 * {@link isOwnFormat}, rule by rule: a user's rule may share the element), "" when none is left;
 * the ids of the 2010 rules the removed ones link to are added to `gone`.
 * @example withoutOwnRules('<conditionalFormatting sqref="N3:N40"><cfRule type="dataBar" …/></conditionalFormatting>', [area], gone) //=> ""
 */
export function withoutOwnRules(element: string, areas: readonly CellRange[], gone: Set<string>): string {
  if (!isOwnFormat(element.replace(/<((?:[\w.-]+:)?)cfRule\b[\s\S]*?<\/\1cfRule>/gu, '<cfRule type="dataBar"/>'), areas)) return element;
  let left = 0;
  const kept = element.replace(/<((?:[\w.-]+:)?)cfRule\b([^>]*?)(?:\/>|>[\s\S]*?<\/\1cfRule>)/gu, (rule, _prefix, attributes: string) => {
    const { type, operator } = attributesOf(`<r ${attributes}>`);
    if (type === "dataBar" || (type === "cellIs" && operator === "equal")) {
      for (const id of linkedIds(rule)) gone.add(id);
      return "";
    }
    left += 1;
    return rule;
  });
  return left === 0 ? "" : kept;
}

/**
 * The ids of the 2010 rules a 2007 rule element links to.
 * @example linkedIds('…<x14:id>{504C…0001}</x14:id>…') //=> ["{504C…0001}"]
 */
export function linkedIds(element: string): string[] {
  return [...element.matchAll(/<(?:[\w.-]+:)?id>([^<]*)<\/(?:[\w.-]+:)?id>/gu)].map((match) => match[1] ?? "");
}

/**
 * An `extLst` with the 2010 rules of the given ids removed (and a `conditionalFormatting` left
 * without rules, and a `conditionalFormattings` left empty, and its `ext`).
 * @example withoutLinkedRules(extLst, new Set(["{…0001}"])) //=> the extLst without that rule
 */
export function withoutLinkedRules(extLst: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0) return extLst;
  let xml = extLst.replace(/<([\w.-]+:)?conditionalFormatting\b[^>]*>[\s\S]*?<\/\1?conditionalFormatting>/gu, (format) => {
    const kept = format.replace(/<([\w.-]+:)?cfRule\b([^>]*)>[\s\S]*?<\/\1?cfRule>/gu, (rule, _prefix, attributes: string) =>
      ids.has(attributesOf(attributes).id ?? "") ? "" : rule,
    );
    return /<(?:[\w.-]+:)?cfRule\b/u.test(kept) ? kept : "";
  });
  xml = xml.replace(/<([\w.-]+:)?ext\b[^>]*>\s*<([\w.-]+:)?conditionalFormattings\b[^>]*>\s*<\/\2?conditionalFormattings>\s*<\/\1?ext>/gu, "");
  return xml;
}

/**
 * An `extLst` (or a new one when the sheet has none) holding the run's 2010 rules: added to the
 * sheet's own conditional-formats extension when it has one, else in a new extension placed
 * first (where Excel keeps it).
 * `prefix` is the worksheet's namespace prefix.
 * @example withRules(null, '<x14:conditionalFormatting …>') //=> '<extLst><ext uri="{78C0D931-…}" …><x14:conditionalFormattings>…</x14:conditionalFormattings></ext></extLst>'
 */
export function withRules(extLst: string | null, extensions: string, prefix = ""): string | null {
  if (extensions === "") return extLst;
  const fresh = `<${prefix}ext uri="${X14_FORMATS_URI}" xmlns:x14="${X14}"><x14:conditionalFormattings>${extensions}</x14:conditionalFormattings></${prefix}ext>`;
  if (extLst === null || /^<[^>]*\/>$/u.test(extLst.trim())) return `<${prefix}extLst>${fresh}</${prefix}extLst>`;
  const own = new RegExp(`<([\\w.-]+:)?ext\\b[^>]*\\buri="${X14_FORMATS_URI.replace(/[{}]/gu, "\\$&")}"[^>]*>`, "u").exec(extLst);
  if (own) {
    const close = /<\/([\w.-]+:)conditionalFormattings>/u.exec(extLst.slice(own.index));
    if (close) {
      const at = own.index + close.index;
      return extLst.slice(0, at) + extensions + extLst.slice(at);
    }
  }
  const open = /^<[^>]*>/u.exec(extLst)?.[0] ?? "<extLst>";
  return open + fresh + extLst.slice(open.length);
}
