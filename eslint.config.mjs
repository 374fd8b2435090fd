import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const OFFICE_RULES = {
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/call-sync-after-load": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** Excel.run and context.sync belong to src/excel only. */
const EXCEL_CALLS_ELSEWHERE = [
  { selector: "MemberExpression[object.name='Excel'][property.name='run']", message: "Excel.run belongs in src/excel." },
  { selector: "CallExpression[callee.property.name='sync']", message: "context.sync belongs in src/excel." },
];

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "test-artifacts/**", "coverage/**", "node_modules/**", "src/domain/programme/embedded/embeddedAnnex.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...OFFICE_RULES,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...EXCEL_CALLS_ELSEWHERE],
    },
  },
  {
    files: ["src/excel/**/*.ts", "tests/**/*.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // These tests break the Office.js rules on purpose, to prove the simulator throws like Excel.
    files: ["tests/excel/simulator.test.ts", "tests/excel/simulatorStrict.test.ts"],
    rules: Object.fromEntries(Object.keys(OFFICE_RULES).map((rule) => [rule, "off"])),
  },
  {
    // The domain core is plain data in, plain data out: no host, UI or file library.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "react/*", "@fluentui/*"], message: "src/domain must not import React or Fluent UI." },
            { group: ["exceljs", "exceljs/*"], message: "src/domain must not import ExcelJS; use src/xlsx." },
            { group: ["@microsoft/office-js", "office-*", "@types/office-js"], message: "src/domain must not import Office.js; use src/excel." },
            { group: ["node:*", "fs", "path", "child_process"], message: "src/domain is pure: no Node built-ins." },
            { group: ["**/excel/*", "**/xlsx/*", "**/taskpane/*", "**/commands/*", "**/cli/*"], message: "src/domain must not depend on adapters." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Office", message: "src/domain must not touch Office." }, { name: "Excel", message: "src/domain must not touch Excel." }],
    },
  },
  {
    // Components get operations as props; only the composition root (index.tsx) knows about Office.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", { name: "Office", message: "Pass operations as props." }, { name: "Excel", message: "Pass operations as props." }],
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/*", "@microsoft/office-js"], message: "Components receive operations as props." }] }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
