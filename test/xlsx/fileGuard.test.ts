/** What kind of file it is, named by its real cause (issue 15): one case per row. */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { classifyBytes, inspectFile } from "../../src/xlsx";
import { oleDirectoryOffset } from "../../src/xlsx/fileGuard";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("classifyBytes: why a file is not an .xlsx", () => {
  test.each([
    ["a UTF-8 CSV export with Chinese headers", Buffer.from("采购订单号,供应商,数量\nPO1,苏州精密,10\n"), "csv"],
    ["a semicolon CSV (European Excel)", Buffer.from("PO;Supplier;Qty\r\nP1;Acme;10\r\n"), "csv"],
    ["a UTF-16 tab-separated export (Excel 'Unicode text')", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("PO\tSupplier\n", "utf16le")]), "csv"],
    ["a UTF-8 CSV with a BOM", Buffer.from("\uFEFFPO,Supplier\n"), "csv"],
    ["XML Spreadsheet 2003", Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), "xml"],
    ["an HTML table saved as .xls", Buffer.from("  <html><body><table>"), "xml"],
    ["a plain note", Buffer.from("Remember to chase Acme"), "text"],
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), "notZip"],
  ])("%s → %s", (_case, bytes, reason) => {
    expect(classifyBytes(bytes, bytes.length)).toEqual({ kind: "notXlsx", size: bytes.length, reason });
  });
});

describe("OLE files: encrypted .xlsx or old .xls, wherever the directory sits", () => {
  /** A compound file of `size` bytes whose directory (first sector `sector`, 512-byte sectors) names `stream`. */
  function compoundFile(size: number, sector: number, stream: string): Buffer {
    const bytes = Buffer.alloc(size);
    Buffer.from(CFB).copy(bytes, 0);
    bytes.writeUInt16LE(9, 0x1e); // 2^9 = 512-byte sectors
    bytes.writeUInt32LE(sector, 0x30);
    Buffer.from(stream, "utf16le").copy(bytes, (sector + 1) * 512 + 128); // the second directory entry
    return bytes;
  }

  test("the header gives the directory's offset: (sector + 1) × 512", () => {
    expect(oleDirectoryOffset(compoundFile(8192, 7, "Workbook"))).toBe(4096);
    expect(oleDirectoryOffset(Buffer.alloc(10))).toBeNull();
  });

  test("an encrypted workbook whose directory sits 3 MB into a 6 MB file is encrypted, not an old .xls", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-guard-"));
    try {
      const sector = (3 * 1024 * 1024) / 512;
      await fs.writeFile(path.join(dir, "locked.xlsx"), compoundFile(6 * 1024 * 1024, sector, "EncryptedPackage"));
      await fs.writeFile(path.join(dir, "old.xls"), compoundFile(6 * 1024 * 1024, sector, "Workbook"));
      expect((await inspectFile(path.join(dir, "locked.xlsx"))).kind).toBe("encrypted");
      expect((await inspectFile(path.join(dir, "old.xls"))).kind).toBe("legacyXls");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

test("a symbolic link loop is named as such, not 'no such file'", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-guard-"));
  try {
    await fs.symlink(path.join(dir, "b.xlsx"), path.join(dir, "a.xlsx"));
    await fs.symlink(path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"));
    expect(await inspectFile(path.join(dir, "a.xlsx"))).toEqual({ kind: "symlinkLoop" });
    expect(await inspectFile(path.join(dir, "missing.xlsx"))).toEqual({ kind: "notFound" });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
