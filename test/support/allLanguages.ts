// Installs the Swedish and English catalogs before any test asks for them, as the CLI does.
import "../../src/i18n/allLanguages";
