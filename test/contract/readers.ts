/** The three readers the contract holds to the same answers: the Office.js adapter on the in-memory Excel, and the file adapter whole and streamed. */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { installInMemoryExcel, type InMemoryWorkbook } from "../../in-memory-excel";
import { runExcel } from "../../src/excel/run";
import { readSources } from "../../src/excel/readSources";
import { readWorkbook, type WorkbookRead } from "../../src/xlsx";
import type { WorkbookSources } from "../../src/pipeline";
import { toXlsx } from "./toXlsx";

export type ReaderName = "in-memory Excel" | "xlsx, whole" | "xlsx, streamed" | "xlsx, streamed on threads";
/**
 * "xlsx, streamed on threads": the streaming reader with every sheet parsed on a worker thread beside
 * the main one (src/xlsx/rowSegments.ts), cut into segments of ~200 bytes — a row or two each — so
 * that every fixture crosses many cuts and both threads.
 */
export const READERS: readonly ReaderName[] = ["in-memory Excel", "xlsx, whole", "xlsx, streamed", "xlsx, streamed on threads"];
const ON_THREADS = { aboveBytes: 0, segmentBytes: 200, workers: 1 };

export interface Read {
  sources: WorkbookSources;
  /** The file adapter's read (for writing its report workbook); null for the in-memory Excel. */
  file: WorkbookRead | null;
}

let dir: string | null = null;
async function tempDir(): Promise<string> {
  return (dir ??= await fs.mkdtemp(path.join(os.tmpdir(), "po-contract-")));
}

export async function cleanUp(): Promise<void> {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
  dir = null;
}

export async function writeFixtureFile(doc: InMemoryWorkbook, name: string): Promise<string> {
  const file = path.join(await tempDir(), `${name}.xlsx`);
  await fs.writeFile(file, await toXlsx(doc));
  return file;
}

export async function readWith(reader: ReaderName, doc: InMemoryWorkbook, name: string): Promise<Read> {
  if (reader === "in-memory Excel") {
    const uninstall = installInMemoryExcel(doc);
    try {
      const read = await runExcel((context) => readSources(context));
      return { sources: read.sources, file: null };
    } finally {
      uninstall();
    }
  }
  const file = await writeFixtureFile(doc, name);
  const streamed = reader !== "xlsx, whole";
  const outcome = await readWorkbook(file, {
    streamAboveBytes: streamed ? 0 : Number.POSITIVE_INFINITY,
    ...(reader === "xlsx, streamed on threads" ? { threads: ON_THREADS } : {}),
  });
  if (!outcome.ok) throw new Error(`${reader}: ${outcome.code} ${JSON.stringify(outcome.params)}`);
  expect(outcome.read.streamed).toBe(streamed);
  return { sources: outcome.read.sources, file: outcome.read };
}
