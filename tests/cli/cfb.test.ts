import { describe, expect, it } from "vitest";
import { compoundFileNames, isCompoundFile } from "../../src/cli/cfb";
import { compoundFile } from "../hostile/cfb";

describe("the streams of a compound file", () => {
  it("names an encrypted workbook's and a legacy workbook's streams", () => {
    expect(compoundFileNames(compoundFile([{ name: "EncryptionInfo", size: 4096 }, { name: "EncryptedPackage", size: 8192 }]))).toEqual(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
    expect(compoundFileNames(compoundFile([{ name: "Workbook", size: 4096 }]))).toEqual(["Root Entry", "Workbook"]);
  });

  describe("edge cases", () => {
    it("reads nothing from what is not a compound file, or only its first bytes", () => {
      expect(isCompoundFile(Buffer.from("PK\u0003\u0004"))).toBe(false);
      expect(compoundFileNames(Buffer.from("PK\u0003\u0004"))).toEqual([]);
      expect(compoundFileNames(compoundFile([]).subarray(0, 8))).toEqual([]);
    });

    it("gives what it could read of a file cut short, and stops on a directory chain that loops", () => {
      const whole = compoundFile([{ name: "Workbook", size: 4096 }]);
      expect(compoundFileNames(whole.subarray(0, 1024))).toEqual([]);
      const looping = Buffer.from(whole);
      looping.writeUInt32LE(1, 512 + 4); // the directory sector's next is itself
      expect(compoundFileNames(looping)).toEqual(["Root Entry", "Workbook"]);
    });
  });
});
