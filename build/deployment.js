// What the build changes to deploy the add-in somewhere other than the developer's machine: the manifest's addresses
// (ADDIN_URL) and the Content-Security-Policy every page carries. Plain functions, used by webpack.config.js and tests.
"use strict";
const { createHash } = require("node:crypto");

/** Where `npm run dev-server` serves the add-in; the repository's manifest.xml points here. */
const DEV_BASE = "https://localhost:3000/";
/** Office.js comes from Microsoft's CDN, the documented way to reference it; the add-in never bundles it. */
const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";

function addressError(given, problem) {
  return new Error(
    `ADDIN_URL=${JSON.stringify(given)} ${problem}. Give the full HTTPS address where dist/ will be served, ` +
      "e.g. ADDIN_URL=https://pm.example.gov.ua/ npm run build",
  );
}

/**
 * ADDIN_URL as an administrator types it → the base every manifest URL starts with (always ending in "/", so a
 * folder such as https://intranet.example/pm works) and the origin that goes into AppDomains.
 */
function addinAddress(raw) {
  const given = String(raw ?? "").trim();
  let url;
  try {
    url = new URL(given);
  } catch {
    throw addressError(given, "is not an absolute address");
  }
  // Office refuses to load add-in pages over plain HTTP.
  if (url.protocol !== "https:") throw addressError(given, `uses ${url.protocol.replace(":", "")}, but Office loads add-ins over HTTPS only`);
  if (url.username || url.password) throw addressError(given, "holds a user name or password");
  if (url.search || url.hash) throw addressError(given, "has a query or fragment, which the page addresses cannot carry");
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { base, origin: url.origin };
}

const xmlEscape = (text) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

/** The development manifest with every address moved to `address`; refuses to leave any localhost behind. */
function productionManifest(devManifest, address) {
  const devOrigin = new URL(DEV_BASE).origin;
  const xml = devManifest
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${xmlEscape(address.origin)}</AppDomain>`)
    .split(DEV_BASE)
    .join(xmlEscape(address.base));
  const left = /[^"<>\s]*localhost[^"<>\s]*/iu.exec(xml);
  if (left) throw new Error(`manifest.xml has an address outside ${DEV_BASE} that the build cannot move: ${left[0]}`);
  return xml;
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The page's own origin and the Office script host, nothing else. No 'unsafe-eval' (the production bundles have no
 * eval) and no 'unsafe-inline': the page's own <style> blocks are allowed by their hashes.
 */
function contentSecurityPolicy(html) {
  if (/<script\b(?![^>]*\bsrc=)[^>]*>/iu.test(html)) throw new Error("A page has an inline <script>; the Content-Security-Policy allows none.");
  const ownStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/giu)].map((m) => sha256(m[1] ?? ""));
  // Griffel (Fluent UI's styles) and FluentProvider's theme create EMPTY <style> elements and fill them through the
  // CSSOM (sheet.insertRule), which style-src does not govern; the browser still checks the element's (empty) text,
  // so the hash of the empty text admits those elements without admitting any inline CSS text.
  const emptyStyle = sha256("");
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_SCRIPT_HOST}`,
    `style-src 'self' ${[...new Set([emptyStyle, ...ownStyles])].join(" ")}`,
    `connect-src 'self' ${OFFICE_SCRIPT_HOST}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Puts the policy first in <head>, after the charset only: a meta policy governs just what comes after it. */
function withContentSecurityPolicy(html) {
  const head = /<head(\s[^>]*)?>(\s*<meta\s+charset[^>]*>)?/iu.exec(html);
  if (!head) throw new Error("A page has no <head> to carry its Content-Security-Policy.");
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

module.exports = { DEV_BASE, OFFICE_SCRIPT_HOST, addinAddress, productionManifest, contentSecurityPolicy, withContentSecurityPolicy };
