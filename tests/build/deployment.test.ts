import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { addinAddress, contentSecurityPolicy, DEV_BASE, productionManifest, withContentSecurityPolicy } from "../../build/deployment";
import { checkManifest } from "../../build/manifestSchema";
import { dialogUrl } from "../../src/commands/openDialog";
import { ROOT } from "../support/fixtures";
import { commandWorks, requireSystemTool } from "../support/systemTool";

const DEV_MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const hasXmllint = requireSystemTool("xmllint", () => commandWorks("xmllint", ["--version"]));
const withXmllint = hasXmllint ? it : it.skip;

/** Every value in the manifest that is an address: attribute values and element texts with a scheme, namespaces aside. */
function addressesIn(xml: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const element = node as Element;
      for (let i = 0; i < element.attributes.length; i++) {
        const attribute = element.attributes.item(i);
        if (attribute && !/^xmlns(:|$)/u.test(attribute.name) && /^[a-z][a-z0-9+.-]*:\/\//iu.test(attribute.value)) found.push(attribute.value);
      }
    }
    if (node.nodeType === 3 && /^\s*[a-z][a-z0-9+.-]*:\/\//iu.test(node.nodeValue ?? "")) found.push((node.nodeValue ?? "").trim());
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(new DOMParser().parseFromString(xml, "application/xml"));
  return found;
}

describe("ADDIN_URL, the address an organisation serves dist/ from", () => {
  it("is taken as a base ending in '/', with its origin for AppDomains, on the server's root or in a folder", () => {
    expect(addinAddress("https://pm.example.gov.ua")).toEqual({ base: "https://pm.example.gov.ua/", origin: "https://pm.example.gov.ua" });
    expect(addinAddress(" https://intranet.example.gov.ua:8443/apps/programme-monitor ")).toEqual({
      base: "https://intranet.example.gov.ua:8443/apps/programme-monitor/",
      origin: "https://intranet.example.gov.ua:8443",
    });
  });

  it.each([
    ["http://pm.example.gov.ua/", /uses http, but Office loads add-ins over HTTPS only/u],
    ["pm.example.gov.ua", /is not an absolute address/u],
    ["/programme-monitor/", /is not an absolute address/u],
    ["", /is not an absolute address/u],
    ["https://admin:secret@pm.example.gov.ua/", /holds a user name or password/u],
    ["https://pm.example.gov.ua/?v=2", /has a query or fragment/u],
  ])("refuses %j with a sentence that names ADDIN_URL and the fix", (given, problem) => {
    expect(() => addinAddress(given)).toThrow(problem);
    expect(() => addinAddress(given)).toThrow(/^ADDIN_URL=.*Give the full HTTPS address where dist\/ will be served, e\.g\. ADDIN_URL=https:\/\//u);
  });
});

describe("the production manifest", () => {
  const cases = [addinAddress("https://pm.example.gov.ua/"), addinAddress("https://intranet.example.gov.ua/apps/programme-monitor/")];

  it("moves every address of the development manifest, which points at the dev server", () => {
    const dev = addressesIn(DEV_MANIFEST);
    expect(dev.length).toBeGreaterThanOrEqual(10);
    expect(dev.every((url) => url.startsWith(DEV_BASE) || url === new URL(DEV_BASE).origin)).toBe(true);
    for (const address of cases) {
      const xml = productionManifest(DEV_MANIFEST, address);
      expect(xml).not.toMatch(/localhost/iu);
      const moved = addressesIn(xml);
      expect(moved).toHaveLength(dev.length);
      expect(moved.filter((url) => !url.startsWith(address.base))).toEqual([address.origin]);
      expect(xml).toContain(`<AppDomain>${address.origin}</AppDomain>`);
      expect(xml).toContain(`<SourceLocation DefaultValue="${address.base}taskpane.html"/>`);
      expect(xml).toContain(`<bt:Url id="PM.Commands.Url" DefaultValue="${address.base}commands.html"/>`);
    }
  });

  withXmllint("passes the same offline schema check as the development manifest", () => {
    expect(checkManifest(DEV_MANIFEST)).toEqual({ valid: true, report: "manifest.xml validates" });
    for (const address of cases) expect(checkManifest(productionManifest(DEV_MANIFEST, address))).toEqual({ valid: true, report: "manifest.xml validates" });
  });

  withXmllint("fails the schema check when the manifest breaks the schema, naming the line", () => {
    const withoutId = productionManifest(DEV_MANIFEST, cases[0]!).replace(/<Id>[^<]*<\/Id>/u, "");
    const check = checkManifest(withoutId);
    expect(check.valid).toBe(false);
    expect(check.report).toMatch(/manifest\.xml:\d+: element Version: Schemas validity error/u);
  });

  it("refuses to leave behind a localhost address it cannot move", () => {
    const stray = DEV_MANIFEST.replace(/<SupportUrl DefaultValue="[^"]*"\/>/u, '<SupportUrl DefaultValue="http://localhost:8080/help"/>');
    expect(() => productionManifest(stray, cases[0]!)).toThrow(/cannot move: http:\/\/localhost:8080\/help/u);
  });

  it("escapes what XML would misread in an address", () => {
    const xml = productionManifest(DEV_MANIFEST, addinAddress("https://pm.example.gov.ua/a&b/"));
    expect(xml).toContain('DefaultValue="https://pm.example.gov.ua/a&amp;b/taskpane.html"');
    expect(addressesIn(xml).filter((url) => url.startsWith("https://pm.example.gov.ua/a&b/"))).toHaveLength(addressesIn(DEV_MANIFEST).length - 1);
  });
});

describe("the pages' Content-Security-Policy", () => {
  const page = '<!doctype html><html><head><meta charset=UTF-8><title>x</title><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><style>body{margin:0}</style><script defer src=a.js></script></head><body></body></html>';

  it("allows the page's own origin and the Office script host, its own <style> by hash, and empty style elements for Fluent", () => {
    expect(contentSecurityPolicy(page)).toBe(
      [
        "default-src 'self'",
        "script-src 'self' https://appsforoffice.microsoft.com",
        // sha256 of "" (Griffel's and FluentProvider's elements, filled through the CSSOM) and of "body{margin:0}".
        "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='",
        "connect-src 'self' https://appsforoffice.microsoft.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join("; "),
    );
  });

  it("comes right after the charset, before any script or style, which a policy in a meta element does not govern", () => {
    const html = withContentSecurityPolicy(page);
    expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(html.indexOf("<meta charset=UTF-8>") + "<meta charset=UTF-8>".length);
    expect(html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/u, "")).toBe(page);
  });

  it("refuses a page with an inline script, which the policy would block", () => {
    expect(() => contentSecurityPolicy(page.replace("<title>", "<script>alert(1)</script><title>"))).toThrow(/inline <script>/u);
  });
});

describe("the ribbon commands' dialog address", () => {
  it("is beside the page that opens it, on the server's root or in a folder", () => {
    const request = { mode: "report", locale: "uk", title: "Звіт", text: "Готово", close: "Закрити" } as const;
    expect(dialogUrl("https://pm.example.gov.ua/commands.html?_host_Info=Excel", request)).toMatch(/^https:\/\/pm\.example\.gov\.ua\/dialog\.html\?r=/u);
    expect(dialogUrl("https://intranet.example.gov.ua/apps/programme-monitor/commands.html", request)).toMatch(
      /^https:\/\/intranet\.example\.gov\.ua\/apps\/programme-monitor\/dialog\.html\?r=/u,
    );
  });
});
