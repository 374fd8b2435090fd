/** Problems are values, never exceptions: the UI and CLI turn them into text via the messages module. */
export type IssueCode =
  | "annex.noHeader"
  | "annex.rowShape"
  | "matrix.empty"
  | "matrix.noHeader"
  | "matrix.missingColumn"
  | "matrix.columnClash"
  | "matrix.duplicateHeader"
  | "matrix.formulaNoValue"
  | "matrix.codeAsNumber"
  | "matrix.dateAsText"
  | "matrix.noRows"
  | "matrix.cellNotText"
  | "matrix.cellError"
  | "matrix.noTermColumn"
  | "matrix.noTermYears"
  | "measure.termUnreadable"
  | "funding.mergedAmount"
  | "funding.notAmount"
  | "funding.linesMismatch"
  | "funding.totalMismatch"
  | "measure.badNumber"
  | "measure.noTask"
  | "measure.duplicateCode"
  | "measure.emptyText"
  | "measure.noTerm"
  | "measure.noExecutors"
  | "task.badNumber"
  | "task.noMeasures"
  | "executor.unrecognised"
  | "programme.empty"
  | "source.notFound"
  | "source.unreadable"
  | "source.notWorkbook"
  | "source.noWorksheets"
  | "source.encrypted"
  | "source.xls"
  | "source.ods"
  | "source.wordDocument"
  | "source.document"
  | "source.csv"
  | "source.empty"
  | "source.isDirectory"
  | "source.tooLarge"
  | "source.tooManyRows"
  | "source.tooManyCells"
  | "source.sheetRead"
  | "source.encoding"
  | "source.documentNotWorkbook"
  | "document.noMatrix"
  | "document.twoMatrices"
  | "source.hiddenSheets"
  | "source.sheetNotFound"
  | "output.notXlsx"
  | "output.isInput"
  | "output.isDirectory"
  | "output.cannotWrite"
  | "measure.tooLong"
  | "consolidate.sameFile"
  | "consolidate.alreadyImported"
  | "consolidate.refusedWithErrors"
  | "consolidate.noValidRows"
  | "consolidate.sameContent"
  | "consolidate.superseded"
  | "consolidate.versionsConflict"
  | "consolidate.supersededByData"
  | "consolidate.fundsRounded"
  | "output.filledReport"
  | "output.unreadableExisting"
  | "consolidate.late"
  | "consolidate.decrease"
  | "summary.personalData"
  | "summary.textShortened"
  | "report.noSheet"
  | "report.missingColumn"
  | "report.extraColumn"
  | "report.unknownProgramme"
  | "report.unit.missing"
  | "report.unit.unknown"
  | "report.unit.ambiguous"
  | "report.period.missing"
  | "report.period.unknown"
  | "report.period.outsideTerm"
  | "report.period.future"
  | "report.code.missing"
  | "report.code.unknown"
  | "report.code.duplicate"
  | "report.code.notAssigned"
  | "report.code.asNumber"
  | "report.status.missing"
  | "report.status.unknown"
  | "report.count.invalid"
  | "report.funds.invalid"
  | "report.source.unknown"
  | "report.cell.error"
  | "report.cell.formula"
  | "report.info.missing"
  | "report.reasons.missing"
  | "report.done.nothing"
  | "report.funds.notNeeded"
  | "report.funds.precision"
  | "report.funds.noSource"
  | "report.text.long"
  | "report.text.overCellLimit"
  | "report.privacy"
  | "report.measure.missing"
  | "report.code.outOfTerm"
  | "report.normalized.spaces"
  | "report.normalized.case"
  | "report.normalized.apostrophe"
  | "report.normalized.latin"
  | "report.normalized.numberText"
  | "report.normalized.decimalComma"
  | "report.normalized.thousands"
  | "report.normalized.codeFormat"
  | "write.tableNameTaken"
  | "write.leftoverOldCopy"
  | "write.workbookProtected"
  | "write.sheetPasswordProtected"
  | "write.cellTooLong"
  | "report.normalized.column"
  | "report.hiddenSheet"
  | "report.identity.unit"
  | "report.identity.period"
  | "report.unknownProgrammeUntitled"
  | "report.noMeasureColumn"
  | "report.cell.noValue"
  | "report.row.header"
  | "report.row.total"
  | "report.row.notMeasure";

/** An info says what was understood or changed on the way, so that nothing changes silently. */
export type Severity = "error" | "warning" | "info";

/** Where a problem is: a line of a text source, or a sheet cell of a workbook. */
export interface IssueLocation {
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly line?: number;
}

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly location: IssueLocation;
  readonly params: IssueParams;
}

export function issue(code: IssueCode, severity: Severity, location: IssueLocation, params: IssueParams = {}): Issue {
  return { code, severity, location, params };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
