export interface ManifestCheck {
  valid: boolean;
  /** xmllint's own account: "manifest.xml validates" or the errors with their lines. */
  report: string;
}
/** Throws when the check cannot run at all (no xmllint, schemas that do not compile). */
export function checkManifest(xml: string): ManifestCheck;
export const SCHEMA_DIR: string;
