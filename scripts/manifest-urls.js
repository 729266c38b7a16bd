// Production builds must leave no localhost URL behind (Microsoft's template replaced only the
// first of nine), so every occurrence of the development origin is rewritten.
const DEV_BASE_URL = "https://localhost:3000";

/** Replaces every occurrence of the development origin in the manifest with `baseUrl`. */
function rewriteManifestUrls(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl.replace(/\/+$/, ""));
}

module.exports = { DEV_BASE_URL, rewriteManifestUrls };
