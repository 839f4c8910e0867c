import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  checkCommandsAssociated,
  checkIcons,
  checkLocalized,
  checkManifest,
  checkNamespace,
  checkOrigins,
  checkPermissions,
  checkSharedRuntime,
  parseManifest,
} from "./manifestChecks";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const origin = "https://localhost:3000";

/** The names commands/commands.ts really registers, captured from Office.actions.associate. */
function associatedCommandNames(): string[] {
  const associate = jest.fn();
  (globalThis as unknown as { Office: unknown }).Office = { onReady: jest.fn(), actions: { associate } };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../commands/commands").registerRibbonCommands();
  });
  for (const [, handler] of associate.mock.calls) expect(typeof handler).toBe("function");
  return associate.mock.calls.map(([name]) => name as string);
}

const ctx = () => ({ root, origin, associatedCommands: associatedCommandNames() });

describe("manifest.xml (offline checks)", () => {
  test("passes every check", () => {
    expect(checkManifest(manifest, ctx())).toEqual([]);
  });

  test("ribbon report command handler always calls event.completed(), even when it fails", async () => {
    const associate = jest.fn();
    (globalThis as unknown as { Office: unknown }).Office = { onReady: jest.fn(), actions: { associate } };
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../commands/followUpReport", () => ({ runFollowUpReport: () => Promise.reject(new Error("boom")) }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { RIBBON_COMMANDS } = require("../../commands/commands");
      const completed = jest.fn();
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      await expect(RIBBON_COMMANDS.buildFollowUpReport({ completed })).resolves.toBeUndefined();
      expect(completed).toHaveBeenCalledTimes(1);
    });
  });
});

describe("each check fails on a manifest broken in its way", () => {
  test("not well-formed XML", () => {
    expect(() => parseManifest(manifest.replace("</OfficeApp>", ""))).toThrow(/not well-formed/);
  });

  test("Runtimes not first inside Host", () => {
    const broken = manifest.replace(/(<Runtimes>[\s\S]*?<\/Runtimes>\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$2\n$1");
    expect(broken).not.toBe(manifest);
    expect(checkSharedRuntime(broken)).toContain("<Runtimes> must be the first element inside <Host>, found <AllFormFactors>");
  });

  test("short-lived runtime", () => {
    expect(checkSharedRuntime(manifest.replace('lifetime="long"', 'lifetime="short"'))).toContain('<Runtime lifetime> must be "long", found "short"');
  });

  test("custom functions page on another resid", () => {
    const broken = manifest.replace(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Functions.Page.Url"/>');
    expect(checkSharedRuntime(broken)).toContain('Custom functions <Page> uses resid "Functions.Page.Url", the Runtime uses "Taskpane.Url"');
  });

  test("function file on another resid", () => {
    const broken = manifest.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>');
    expect(checkSharedRuntime(broken)).toContain('<FunctionFile> uses resid "Commands.Url", the Runtime uses "Taskpane.Url"');
  });

  test("SharedRuntime requirement missing", () => {
    expect(checkSharedRuntime(manifest.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""))).toContain("Requirement set SharedRuntime 1.1 is missing");
  });

  test("wrong namespace", () => {
    expect(checkNamespace(manifest.replace('id="Functions.Namespace" DefaultValue="PO"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'))).toEqual([
      'Custom functions namespace is "CONTOSO", expected "PO"',
    ]);
  });

  test("ExecuteFunction that is not associated in code", () => {
    const broken = manifest.replace("<FunctionName>buildFollowUpReport</FunctionName>", "<FunctionName>buildReport</FunctionName>");
    expect(checkCommandsAssociated(broken, associatedCommandNames())).toEqual(['ExecuteFunction "buildReport" is not registered with Office.actions.associate']);
  });

  test("icon without a file", () => {
    const broken = manifest.replace("assets/icon-80.png", "assets/icon-81.png");
    expect(checkIcons(broken, root, origin)).toEqual([`Icon ${origin}/assets/icon-81.png has no file ${join(root, "assets/icon-81.png")}`]);
  });

  test("URL on another origin", () => {
    const broken = manifest.replace('"https://localhost:3000/functions.json"', '"https://localhost:3001/functions.json"');
    expect(checkOrigins(broken, origin)).toEqual([`URL https://localhost:3001/functions.json is not on ${origin}`]);
  });

  test("plain http URL", () => {
    const broken = manifest.replace('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"');
    expect(checkOrigins(broken, origin)).toContain("Every URL must use https");
  });

  test("display name not localized", () => {
    expect(checkLocalized(manifest.replace('<Override Locale="ja-JP" Value="発注フォローアップ"/>', ""))).toEqual(["<DisplayName> has no ja-JP override"]);
  });

  test("read-only permission", () => {
    expect(checkPermissions(manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"))).toEqual([
      "Permissions must be ReadWriteDocument",
    ]);
  });
});

describe("functions.json", () => {
  test("the metadata the build generates lists every function functions.ts exports", async () => {
    const result = await generateCustomFunctionsMetadata(join(root, "functions", "functions.ts"), false);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson) as { functions: { id: string; name: string }[] };
    (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: class {}, ErrorCode: {} };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = Object.entries(require("../../functions/functions")).filter(([, value]) => typeof value === "function").map(([name]) => name);
    const associated = result.associate.map((a) => a.functionName);
    expect(associated.sort()).toEqual(exported.sort());
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(result.associate.map((a) => a.id).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });
});
