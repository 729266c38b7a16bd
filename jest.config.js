/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2020",
        },
      },
    ],
  },
  // Node code speaks every language at once; test/i18n/languages.test.ts checks the on-demand loading.
  setupFiles: ["<rootDir>/test/support/allLanguages.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 30000,
};
