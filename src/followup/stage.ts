import type { Known } from "../model";

/**
 * The seed order of a line's stages (DESIGN.md "Beyond the promised date"). The register's dropdown
 * holds the English codes; buyers also type the stage in Chinese or Japanese, so those words are read
 * too. Compared after trimming and lower-casing.
 */
export const STAGE_ORDER = ["Materials", "Production", "QC", "Packed", "Shipped", "Customs", "Arrived"] as const;
export type StageCode = (typeof STAGE_ORDER)[number];

const WORDS: Readonly<Record<StageCode, readonly string[]>> = {
  Materials: ["materials", "material", "备料", "材料", "材料手配"],
  Production: ["production", "in production", "生产", "生产中", "生産", "生産中"],
  QC: ["qc", "final qc", "final inspection", "quality check", "质检", "终检", "出货检验", "検査", "出荷検査"],
  Packed: ["packed", "packing", "已包装", "包装", "梱包", "梱包済み"],
  Shipped: ["shipped", "in transit", "已发货", "已出货", "发货", "出货", "在途", "运输中", "出荷済み", "出荷済", "出荷", "輸送中"],
  Customs: ["customs", "清关", "报关", "通関", "通関中"],
  Arrived: ["arrived", "已到货", "到货", "已到港", "到港", "到着", "着荷", "入港"],
};

const BY_WORD: ReadonlyMap<string, StageCode> = new Map(
  STAGE_ORDER.flatMap((code) => [[code.toLowerCase(), code] as const, ...WORDS[code].map((w) => [w, code] as const)]),
);

/** Cell text → code, as read: a register holds a handful of distinct stage texts, so each is normalised once. */
const seen = new Map<string, StageCode | null>();
const MAX_SEEN = 10000; // typed free text could be anything: the memo stops growing, the answer stays the same

/** The stage code a cell names; undefined for blank or unknown text (a typed stage we do not know). */
export function stageCode(stage: Known<string>): StageCode | undefined {
  if (typeof stage !== "string") return undefined;
  let code = seen.get(stage);
  if (code === undefined) {
    code = BY_WORD.get(stage.trim().toLowerCase()) ?? null;
    if (seen.size < MAX_SEEN) seen.set(stage, code);
  }
  return code ?? undefined;
}

/** Shipped, in customs or arrived: the goods have left the supplier. */
export function isShippedStage(code: StageCode | undefined): boolean {
  return code === "Shipped" || code === "Customs" || code === "Arrived";
}
