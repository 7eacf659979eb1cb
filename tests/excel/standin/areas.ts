/**
 * The stand-in's `RangeAreas`: here only what `Range.getMergedAreasOrNullObject` returns (ExcelApi
 * 1.13), its `address` and `areaCount`.
 */
import { quoteSheet, rectA1, type Rect } from "./a1";
import { StandInObject, type StandInContext } from "./context";
import type { SheetModel } from "./model";

/** `RangeAreas`: here only what `getMergedAreasOrNullObject` returns. */
export class StandInRangeAreas extends StandInObject {
  protected readonly typeName = "RangeAreas";
  protected readonly scalars = ["address", "areaCount"] as const;
  private memo: { sheet: SheetModel; rects: Rect[] } | null | undefined;
  private readonly resolver: () => { sheet: SheetModel; rects: Rect[] } | null;

  constructor(context: StandInContext, resolver: () => { sheet: SheetModel; rects: Rect[] } | null) {
    super(context);
    this.resolver = resolver;
    this.settleNullness(() => this.resolve() === null, "1.13");
  }

  private resolve(): { sheet: SheetModel; rects: Rect[] } | null {
    if (this.memo === undefined) this.memo = this.resolver();
    return this.memo;
  }

  protected override loadVersion(): string {
    return "1.13";
  }

  protected capture(property: string): unknown {
    const target = this.resolve();
    if (!target) return null;
    if (property === "areaCount") return target.rects.length;
    return target.rects.map((rect) => `${quoteSheet(target.sheet.name)}!${rectA1(rect)}`).join(",");
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
}
