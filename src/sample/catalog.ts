import type { Lang } from "../i18n/i18n";

/** Suppliers of the sample register: Chinese, Japanese, German, US and other names, four currencies. */
export interface SampleSupplier {
  name: string;
  email: string;
  currency: "CNY" | "JPY" | "EUR" | "USD";
  /** Index into ITEMS: the kind of parts the supplier makes. */
  family: number;
}

export const SUPPLIERS: readonly SampleSupplier[] = [
  { name: "深圳华强电子有限公司", email: "sales@hq-elec.example.cn", currency: "CNY", family: 0 },
  { name: "东莞精密五金制品厂", email: "", currency: "CNY", family: 1 },
  { name: "宁波海天塑料有限公司", email: "export@haitian-plastics.example.cn", currency: "CNY", family: 2 },
  { name: "東京精密工業株式会社", email: "eigyo@tokyo-seimitsu.example.jp", currency: "JPY", family: 3 },
  { name: "大阪電子部品株式会社", email: "", currency: "JPY", family: 0 },
  { name: "Müller GmbH", email: "vertrieb@mueller-gmbh.example.de", currency: "EUR", family: 1 },
  { name: "Schneider Präzisionsteile AG", email: "orders@schneider-praezision.example.de", currency: "EUR", family: 3 },
  { name: "Acme Corp", email: "orders@acme.example.com", currency: "USD", family: 4 },
  { name: "Pacific Components Inc.", email: "", currency: "USD", family: 0 },
  { name: "Bharat Castings Pvt Ltd", email: "sales@bharat-castings.example.in", currency: "USD", family: 1 },
];

export const BUYERS: readonly string[] = ["Li Wei", "Sato Yuki", "Anna Schmidt", "John Miller"];

export interface SampleItem {
  code: string;
  /** Unit price in USD; converted roughly per currency. */
  usd: number;
  text: Record<Lang, string>;
}

/** Five families of parts. */
export const ITEMS: readonly (readonly SampleItem[])[] = [
  [
    { code: "EL-1001", usd: 0.02, text: { en: "Resistor 10k 0603", "zh-CN": "贴片电阻 10k 0603", ja: "チップ抵抗 10k 0603" } },
    { code: "EL-1002", usd: 0.05, text: { en: "Capacitor 100nF 0402", "zh-CN": "贴片电容 100nF 0402", ja: "チップコンデンサ 100nF 0402" } },
    { code: "EL-2010", usd: 2.4, text: { en: "MCU 32-bit LQFP48", "zh-CN": "32位单片机 LQFP48", ja: "32ビットマイコン LQFP48" } },
    { code: "EL-3300", usd: 6.5, text: { en: "PCB assembly, controller", "zh-CN": "控制板 PCBA", ja: "制御基板 PCBA" } },
  ],
  [
    { code: "MT-0100", usd: 0.8, text: { en: "Bracket, stainless", "zh-CN": "不锈钢支架", ja: "ステンレスブラケット" } },
    { code: "MT-0230", usd: 3.2, text: { en: "Machined shaft Ø12", "zh-CN": "机加工轴 Ø12", ja: "機械加工シャフト Ø12" } },
    {
      code: "MT-0450",
      usd: 12,
      text: { en: "Aluminium housing, anodised", "zh-CN": "铝合金外壳（阳极氧化）", ja: "アルミ筐体（アルマイト）" },
    },
  ],
  [
    { code: "PL-0011", usd: 0.3, text: { en: "Plastic cover, ABS black", "zh-CN": "ABS黑色塑料盖", ja: "ABS樹脂カバー 黒" } },
    { code: "PL-0042", usd: 1.1, text: { en: "Injection-moulded frame", "zh-CN": "注塑框架", ja: "射出成形フレーム" } },
  ],
  [
    { code: "PR-0500", usd: 18, text: { en: "Precision bearing 6204", "zh-CN": "精密轴承 6204", ja: "精密ベアリング 6204" } },
    { code: "PR-0610", usd: 45, text: { en: "Linear guide rail 300 mm", "zh-CN": "直线导轨 300 mm", ja: "リニアガイド 300 mm" } },
    { code: "PR-0720", usd: 120, text: { en: "Ball screw assembly", "zh-CN": "滚珠丝杠组件", ja: "ボールねじユニット" } },
  ],
  [
    { code: "SN-0100", usd: 9.5, text: { en: "Temperature sensor PT100", "zh-CN": "温度传感器 PT100", ja: "温度センサ PT100" } },
    {
      code: "SN-0220",
      usd: 27,
      text: { en: "Pressure transducer 0–10 bar", "zh-CN": "压力变送器 0–10 bar", ja: "圧力トランスデューサ 0–10 bar" },
    },
  ],
];

/** Rough units per USD, only to make prices look natural in each currency. */
export const PER_USD: Record<SampleSupplier["currency"], number> = { CNY: 7.2, JPY: 150, EUR: 0.92, USD: 1 };

export const OPEN_STAGES: readonly string[] = ["Materials", "Production", "QC", "Packed", "Shipped", "Customs"];

export const NOTES: Record<Lang, readonly string[]> = {
  en: ["Urgent for customer order", "Drawing rev. C", "Split shipment agreed", "Air freight approved", "Sample approved"],
  "zh-CN": ["客户订单急需", "图纸C版", "同意分批发货", "已批准空运", "样品已确认"],
  ja: ["顧客注文のため至急", "図面 C 版", "分納了承済み", "航空便承認済み", "サンプル承認済み"],
};
