// zod as the domain uses it, configured before any schema is built: jitless, so zod checks input by
// walking the schema instead of generating a validator with `new Function`, which the pane's content
// security policy forbids (docs/security.md). Import this module before "zod" wherever schemas are
// built (test/security/csp.test.ts checks it). `config` alone is imported so that the bundle keeps
// only the parts of zod the schemas use.
import { config } from "zod";

config({ jitless: true });
