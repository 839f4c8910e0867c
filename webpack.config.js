/* Builds the shared-runtime page (task pane + custom functions + ribbon commands), functions.json,
 * the manifest (dev origin rewritten to the production one) and the offline playground. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions");
const { AllowErrorInputsPlugin } = require("./scripts/allow-error-inputs");

const DEV_ORIGIN = "https://localhost:3000/";
/** Where the production build is hosted; set ADDIN_ORIGIN when deploying. */
const PROD_ORIGIN = (process.env.ADDIN_ORIGIN || "https://po-followup.example.com/").replace(/\/?$/, "/");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The bundles the shared-runtime page (taskpane.html) loads together. */
const SHARED_RUNTIME_ENTRIES = ["functions", "commands", "taskpane"];
/**
 * Inlined in both pages' <head>, after a preload of Office.js and before its script tag: the browser's Intl
 * (ICU) sets itself up on its first use, ~15 ms of the main thread once per process, which Today's first
 * supplier card (its amounts) used to pay. Here it is paid while Office.js is still on the network, when the
 * main thread has nothing else to do (Today at 20,000 lines ~12 ms sooner, first UI unchanged).
 */
const WARM_INTL_SCRIPT = 'try{new Intl.NumberFormat("en",{style:"currency",currency:"USD"}).format(1)}catch(e){}';
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/** The certificate files `office-addin-dev-certs install` writes (it cannot install the CA without sudo). */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(path.join(dir, "ca.crt")) ? fs.readFileSync(path.join(dir, "ca.crt")) : undefined } };
  }
  return { type: "https" }; // webpack-dev-server makes a self-signed certificate
}

module.exports = (env, options) => {
  const dev = options.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./functions/functions.ts",
      commands: "./commands/commands.ts",
      taskpane: "./taskpane/index.tsx",
      playground: "./playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    optimization: {
      // The shared-runtime page loads functions, commands and task pane together: code two of them use
      // (the engine, the Excel bridge) goes once into shared.js. The playground stays one file.
      // One webpack runtime for the page: the ribbon command and the task pane then share module instances
      // (the report command's listeners, the engine's caches) instead of each loading its own copy.
      runtimeChunk: { name: (entry) => (SHARED_RUNTIME_ENTRIES.includes(entry.name) ? "runtime" : `${entry.name}-runtime`) },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          shared: {
            name: "shared",
            chunks: (chunk) => SHARED_RUNTIME_ENTRIES.includes(chunk.name),
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./functions/functions.ts", output: "functions.json" }),
      // Error cells reach the functions (allowErrorForDataTypeAny), in every language's copy.
      new AllowErrorInputsPlugin({ input: "functions.json" }),
      // functions.zh-CN.json and functions.ja.json: the same ids with translated descriptions.
      new LocalizeFunctionsPlugin({ input: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: SHARED_RUNTIME_ENTRIES,
        officeJs: OFFICE_JS_CDN,
        warmIntl: WARM_INTL_SCRIPT,
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./playground/playground.html",
        chunks: ["playground"],
        officeJs: "office-js/office.js",
        warmIntl: WARM_INTL_SCRIPT,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().split(DEV_ORIGIN).join(PROD_ORIGIN)),
          },
          // Local Office.js for the offline playground only; `info.minimized` stops Terser re-minifying it.
          ...["office.js", "o15apptofilemappingtable.js", "en-us/office_strings.js"].map((file) => ({
            from: path.join(OFFICE_JS_DIR, "dist", file),
            to: `office-js/${file}`,
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devHttpsOptions(),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      client: { overlay: { warnings: false, errors: true } },
      // npm start on Linux also serves dist/ over http for the playground, so keep the files on disk.
      devMiddleware: { writeToDisk: Boolean(process.env.WRITE_TO_DISK) },
    },
  };
};
