import { pack as en } from "./en/index";
import { installLanguage } from "./languages";
import { pack as sv } from "./sv/index";

/**
 * Every language at once, for code that is not the pane (the CLI, scripts, tests): imported for
 * its effect, before any Swedish or English text is asked for.
 */
installLanguage("sv", sv);
installLanguage("en", en);
