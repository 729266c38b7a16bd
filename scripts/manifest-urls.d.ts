/** The development origin every manifest URL starts with; the production build replaces it. */
export const DEV_BASE_URL: "https://localhost:3000";

/** Replaces every occurrence of the development origin in the manifest with `baseUrl`. */
export function rewriteManifestUrls(xml: string, baseUrl: string): string;
