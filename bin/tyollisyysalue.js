#!/usr/bin/env node
// The `tyollisyysalue` command (package.json "bin"): the TypeScript CLI run through tsx, exactly
// as `npm run cli` runs it, so the two cannot drift apart.
require("tsx/cjs/api").register();
require("../src/cli/main.ts");
