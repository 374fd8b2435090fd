import { cellAddress } from "../a1";
import { cellText } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import { cleanCellText, comparisonKey } from "../programme/normalizeText";
import { DISTRICT_ADMINISTRATIONS } from "../programme/referenceLists";
import { GridIndex, type SheetGrid } from "../sheetGrid";

/** A territorial community that reports, and the district it lies in. */
export interface Community {
  readonly name: string;
  /** The code of its district's administration («Р03»); null when the list gives none or one not known. */
  readonly district: string | null;
}

export interface CommunityList {
  readonly communities: Community[];
  readonly issues: Issue[];
}

export const districtCode = (index: number): string => `Р${String(index + 1).padStart(2, "0")}`;

/** «Уманська районна державна адміністрація» → «Уманський район». */
export function districtName(code: string): string | null {
  const administration = DISTRICT_ADMINISTRATIONS.find((_, i) => districtCode(i) === code);
  return administration === undefined ? null : administration.replace(/ська районна державна адміністрація$/u, "ський район");
}

/** The stem a district's every form shares: «уман» of «Уманський район», «Уманська РДА», «Уманського району». */
const stem = (word: string) => word.replace(/(ського|ському|ської|ський|ська|ське|ськ)$/u, "");

/**
 * A district as people write it: «Уманський район», «Уманський», «Уманська РДА», «Уманського району», «Р03».
 * Null: not one of the oblast's districts.
 */
export function readDistrict(raw: string): string | null {
  const key = comparisonKey(raw);
  const byCode = DISTRICT_ADMINISTRATIONS.findIndex((_, i) => comparisonKey(districtCode(i)) === key);
  if (byCode >= 0) return districtCode(byCode);
  const first = stem(key.split(/[\s-]/u)[0] ?? "");
  if (first.length < 3) return null;
  const found = DISTRICT_ADMINISTRATIONS.findIndex((name) => stem(comparisonKey(name).split(" ")[0] ?? "") === first);
  return found < 0 ? null : districtCode(found);
}

/** A header people put above such a list; its row is passed over. */
const HEADERS = /^(територіальна громада|громада|назва( громади)?|territorial community|community|name)$/u;

export interface ListRow {
  /** The name and the district, as given. */
  readonly cells: readonly string[];
  readonly where: IssueLocation;
}

/**
 * Communities from rows of (name, district): blank rows and a header row passed over, a name given twice
 * kept once (a warning), a district not given or not known kept as unknown (a warning naming the row).
 */
export function communitiesFromRows(rows: readonly ListRow[]): CommunityList {
  const communities: Community[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const [name = "", district = ""] = splitPasted(row.cells.map((c) => cleanCellText(c)));
    if (name === "" || HEADERS.test(comparisonKey(name))) continue;
    const key = comparisonKey(name);
    if (seen.has(key)) {
      issues.push(issue("communities.duplicate", "warning", row.where, { name }));
      continue;
    }
    seen.add(key);
    const code = district === "" ? null : readDistrict(district);
    if (code === null) issues.push(issue(district === "" ? "communities.noDistrict" : "communities.unknownDistrict", "warning", row.where, { name, text: district }));
    communities.push({ name, district: code });
  }
  return { communities, issues };
}

/**
 * «назва; район» in one cell or line: split at the last «;», or at the last comma when what follows it
 * is a district (a community's name may hold a comma).
 */
function splitPasted(cells: readonly string[]): readonly string[] {
  const [name = "", district = ""] = cells;
  if (district !== "") return cells;
  const at = name.lastIndexOf(";");
  if (at >= 0) return [name.slice(0, at).trim(), name.slice(at + 1).trim()];
  const comma = name.lastIndexOf(",");
  return comma >= 0 && readDistrict(name.slice(comma + 1)) !== null ? [name.slice(0, comma).trim(), name.slice(comma + 1).trim()] : cells;
}

/** Lines «назва; район» (or a tab, or a comma before the district), as a text file gives them. */
export function communitiesFromText(text: string, file: string): CommunityList {
  return communitiesFromRows(text.split(/\r\n|\r|\n/u).map((line, i): ListRow => ({ cells: [line.replace(/\t/gu, ";")], where: { file, line: i + 1 } })));
}

const DISTRICT_HEADERS = /^(район|district)$/u;

/**
 * A list on a sheet: under the headers «Територіальна громада» (or «Громада», «Назва») and «Район» where the
 * sheet has them — «Довідники» has them beside its other lists —, else in its first two columns.
 */
export function communitiesFromGrid(grid: SheetGrid, file?: string): CommunityList {
  const index = new GridIndex(grid);
  const text = (row: number, column: number) => cellText(index.at(row, column)?.value);
  const header = grid.cells.find((c) => HEADERS.test(comparisonKey(cellText(c.value))));
  const top = header?.row ?? -1;
  const nameColumn = header?.column ?? 0;
  const districtColumn = index.rowCells(top).find((c) => c.column > nameColumn && DISTRICT_HEADERS.test(comparisonKey(cellText(c.value))))?.column ?? nameColumn + 1;
  const rows = index.rows().filter((r) => r > top);
  return communitiesFromRows(rows.map((r) => ({ cells: [text(r, nameColumn), text(r, districtColumn)], where: { ...(file === undefined ? {} : { file }), sheet: grid.sheet, cell: cellAddress(r, nameColumn) } })));
}
