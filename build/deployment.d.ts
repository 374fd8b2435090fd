export interface AddinAddress {
  /** Every manifest URL starts with it; always ends in "/". */
  base: string;
  /** Scheme, host and port: what AppDomains lists. */
  origin: string;
}
export const DEV_BASE: string;
export const OFFICE_SCRIPT_HOST: string;
/** Throws an Error that names ADDIN_URL and says what to give instead. */
export function addinAddress(raw: string | undefined): AddinAddress;
export function productionManifest(devManifest: string, address: AddinAddress): string;
export function contentSecurityPolicy(html: string): string;
export function withContentSecurityPolicy(html: string): string;
