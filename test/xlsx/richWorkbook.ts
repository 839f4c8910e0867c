/**
 * A buyer's register workbook holding what exceljs cannot keep, built as raw zip parts on top of an
 * exceljs file: a bar chart on the Data sheet (drawing + chart), a pivot table (cache definition,
 * records, table) on its own sheet, custom XML (item + properties), a workbook name and, as .xlsm, a
 * VBA project part with the macro-enabled content types. Minimal but valid: LibreOffice opens it.
 */
import JSZip from "jszip";
import { registerWorkbook, type FixtureOptions } from "./fixtures";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const VBA_BYTES = Buffer.from("fake vbaProject.bin: an OLE container in real life, bytes we must keep as they are\u0000\u0001\u00ff", "latin1");

const CHART = `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Data!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Data!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
const DRAWING = `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Spend chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const CACHE = `${XML}<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}" r:id="rId1" refreshOnLoad="0" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Data"/></cacheSource><cacheFields count="2"><cacheField name="Supplier" numFmtId="0"><sharedItems count="3"><s v="Acme"/><s v="Bolt"/><s v="Cog"/></sharedItems></cacheField><cacheField name="Spend" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="100" maxValue="300"/></cacheField></cacheFields></pivotCacheDefinition>`;
const RECORDS = `${XML}<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3"><r><x v="0"/><n v="100"/></r><r><x v="1"/><n v="200"/></r><r><x v="2"/><n v="300"/></r></pivotCacheRecords>`;
const PIVOT = `${XML}<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="SpendPivot" cacheId="7" dataCaption="Values" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" outline="1" outlineData="1"><location ref="A1:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Spend" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;
const CUSTOM_ITEM = `${XML}<approvals xmlns="urn:example:po-approvals"><approver name="K. Tanaka" limit="50000"/></approvals>`;
const CUSTOM_PROPS = `${XML}<ds:datastoreItem ds:itemID="{6A3C1F52-1D1B-4C3E-9E0A-2B1C5D7E8F90}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`;

function rel(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
}
function rels(...items: string[]): string {
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}
function insertBefore(xml: string, marker: RegExp, text: string): string {
  const at = xml.search(marker);
  if (at < 0) throw new Error(`marker ${marker} not found`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The register (and Chases) plus the Data and Pivot sheets, everything above added as raw parts. */
export async function richWorkbook(register: readonly (readonly (string | number)[])[], options: { macros: boolean; chases?: FixtureOptions["chases"] }): Promise<Buffer> {
  const workbook = registerWorkbook(register, { chases: options.chases });
  const data = workbook.addWorksheet("Data");
  data.addRows([["Supplier", "Spend"], ["Acme", 100], ["Bolt", 200], ["Cog", 300]]);
  workbook.addWorksheet("Pivot").getCell("D1").value = "pivot left of here";
  workbook.definedNames.add("Data!$B$2:$B$4", "SpendValues");
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  // Parts only, no folder entries (exceljs writes some), as Excel writes a package.
  const loaded = new JSZip();
  for (const [name, entry] of Object.entries(written.files))
    if (!entry.dir) loaded.file(name, await entry.async("nodebuffer"), { createFolders: false });
  const zip = {
    file(name: string, data?: string | Buffer): JSZip.JSZipObject | null {
      if (data !== undefined) loaded.file(name, data, { createFolders: false });
      return loaded.file(name);
    },
  };
  const sheetPart = async (name: string) => {
    const book = await zip.file("xl/workbook.xml")!.async("string");
    const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(book)![1];
    const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    return `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(wbRels)![1]}`.replace("xl//xl/", "xl/");
  };
  const dataPart = await sheetPart("Data");
  const pivotPart = await sheetPart("Pivot");
  const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

  // The chart: Data sheet → drawing → chart.
  zip.file("xl/charts/chart1.xml", CHART);
  zip.file("xl/drawings/drawing1.xml", DRAWING);
  zip.file("xl/drawings/_rels/drawing1.xml.rels", rels(rel("rId1", `${R}/chart`, "../charts/chart1.xml")));
  zip.file(relsOf(dataPart), rels(rel("rId1", `${R}/drawing`, "../drawings/drawing1.xml")));
  const dataXml = await zip.file(dataPart)!.async("string");
  zip.file(dataPart, insertBefore(dataXml, /<\/worksheet>/, `<drawing r:id="rId1"/>`));

  // The pivot table: workbook → cache definition → records; Pivot sheet → pivot table → cache definition.
  zip.file("xl/pivotCache/pivotCacheDefinition1.xml", CACHE);
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", RECORDS);
  zip.file("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels(rel("rId1", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml")));
  zip.file("xl/pivotTables/pivotTable1.xml", PIVOT);
  zip.file("xl/pivotTables/_rels/pivotTable1.xml.rels", rels(rel("rId1", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml")));
  zip.file(relsOf(pivotPart), rels(rel("rId1", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml")));

  // Workbook: the pivot cache, custom XML and (xlsm) the VBA project.
  let wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const extra = [rel("rIdPc1", `${R}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"), rel("rIdCx1", `${R}/customXml`, "../customXml/item1.xml")];
  if (options.macros) extra.push(rel("rIdVba1", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"));
  wbRels = insertBefore(wbRels, /<\/Relationships>/, extra.join(""));
  zip.file("xl/_rels/workbook.xml.rels", wbRels);
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const withCaches = /<calcPr[^>]*\/>/.test(book)
    ? book.replace(/(<calcPr[^>]*\/>)/, `$1<pivotCaches><pivotCache cacheId="7" r:id="rIdPc1"/></pivotCaches>`)
    : insertBefore(book, /<\/workbook>/, `<pivotCaches><pivotCache cacheId="7" r:id="rIdPc1"/></pivotCaches>`);
  zip.file("xl/workbook.xml", withCaches);
  zip.file("customXml/item1.xml", CUSTOM_ITEM);
  zip.file("customXml/itemProps1.xml", CUSTOM_PROPS);
  zip.file("customXml/_rels/item1.xml.rels", rels(rel("rId1", `${R}/customXmlProps`, "itemProps1.xml")));
  if (options.macros) zip.file("xl/vbaProject.bin", VBA_BYTES);

  let types = await zip.file("[Content_Types].xml")!.async("string");
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const more = [
    override("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"),
    override("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"),
    override("xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"),
    override("xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"),
    override("xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"),
    override("customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"),
  ];
  if (options.macros) {
    more.push('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  }
  types = insertBefore(types, /<\/Types>/, more.join(""));
  zip.file("[Content_Types].xml", types);
  return loaded.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
