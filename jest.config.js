/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

const common = {
  transform: { "^.+\\.(t|j)sx?$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  // Tests await conditions, never time; this only bounds a hung test on a loaded 2-CPU machine (hooks included).
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: "domain", testMatch: ["<rootDir>/tests/domain/**/*.test.ts", "<rootDir>/tests/architecture/**/*.test.ts"] },
    { ...common, displayName: "excel", testMatch: ["<rootDir>/tests/excel/**/*.test.ts"] },
    { ...common, displayName: "files", testMatch: ["<rootDir>/tests/xlsx/**/*.test.ts", "<rootDir>/tests/cli/**/*.test.ts", "<rootDir>/tests/build/**/*.test.ts"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"], globalSetup: "<rootDir>/tests/e2e/host/buildPane.ts" },
  ],
};
