/** End-to-end tests of the playground in headless Chromium (run by scripts/test-browser.js, which builds and serves dist/). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true, target: "ES2020", types: ["jest", "node", "office-js"] }, diagnostics: false }],
  },
  testTimeout: 90000,
  maxWorkers: 1,
};
