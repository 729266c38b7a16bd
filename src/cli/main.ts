import { main } from "./run";

// `npm run cli` (tsx) and bin/tyollisyysalue.js land here. The exit code is set, not forced with
// process.exit, so that everything written to stdout (a schema, a sample) is flushed first.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
