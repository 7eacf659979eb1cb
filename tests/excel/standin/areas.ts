/**
 * The stand-in's `RangeAreas`: here only what `Range.getMergedAreasOrNullObject` returns (ExcelApi
 * 1.13), its `address` and `areaCount`.
 */
import { quoteSheet, rectA1, type Rect } from "./a1";
import { StandInObject, type StandInContext } from "./context";
import type { SheetModel } from "./model";

/** `RangeAreas`: here only what `getMergedAreasOrNullObject` returns. */
export class StandInRangeAreas extends StandInObject {
  protected readonly typeName: string = "RangeAreas";
  protected readonly scalars = ["address", "areaCount"] as const;
  private memo: { sheet: SheetModel; rects: Rect[] } | null | undefined;
  private readonly resolver: () => { sheet: SheetModel; rects: Rect[] } | null;

  private readonly version: string;

  constructor(
    context: StandInContext,
    resolver: () => { sheet: SheetModel; rects: Rect[] } | null,
    options: { nullable: boolean; version: string } = { nullable: true, version: "1.13" },
  ) {
    super(context);
    this.resolver = resolver;
    this.version = options.version;
    if (options.nullable) this.settleNullness(() => this.resolve() === null, options.version);
  }

  private resolve(): { sheet: SheetModel; rects: Rect[] } | null {
    if (this.memo === undefined) this.memo = this.resolver();
    return this.memo;
  }

  protected override loadVersion(): string {
    return this.version;
  }

  protected capture(property: string): unknown {
    const target = this.resolve();
    if (!target) return null;
    if (property === "areaCount") return target.rects.length;
    // Excel joins the areas with a comma and a space ("Sheet1!A1:B2, Sheet1!D4"), and some hosts
    // leave a sheet name of CJK letters unquoted (`addressStyle: "unquotedCjk"`).
    const sheet = this.context.runtime.options.addressStyle === "unquotedCjk" && /^[\p{L}\p{N}_]+$/u.test(target.sheet.name)
      ? target.sheet.name
      : quoteSheet(target.sheet.name);
    return target.rects.map((rect) => `${sheet}!${rectA1(rect)}`).join(", ");
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
}
