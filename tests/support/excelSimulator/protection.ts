import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet, SimWorkbookModel } from "./model";

/** Excel's cell limit (Excel specifications and limits): a cell holds at most 32,767 characters. */
export const CELL_CHARS = 32_767;

/** A string written through Range.values: its text as stored (a leading apostrophe is a prefix, not content). */
export function checkCellText(input: unknown): void {
  if (typeof input !== "string") return;
  const stored = input.startsWith("'") ? input.length - 1 : input.length;
  if (stored > CELL_CHARS) {
    throw new SimulatedExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: a cell holds at most ${CELL_CHARS} characters, got ${stored}.`);
  }
}

/** Tables and conditional formats of a protected sheet cannot be added, renamed, resized or deleted. */
export function refuseOnProtectedSheet(sheet: SimSheet, what: string): void {
  if (sheet.protected) throw new SimulatedExcelError("AccessDenied", `You cannot perform the requested operation: ${what} on the protected sheet "${sheet.name}".`);
}

/** Review → Protect Workbook protects the structure: no sheet is added, renamed, hidden, shown or deleted. */
export function refuseIfStructureProtected(model: SimWorkbookModel, what: string): void {
  if (model.workbookProtection.protected) throw new SimulatedExcelError("AccessDenied", `You cannot perform the requested operation: ${what} while the workbook's structure is protected.`);
}

/** A sheet's password is checked as Excel checks it: none set needs none given; one set must be given exactly. */
export function checkPassword(set: string | null, given: string | undefined, what: string): void {
  if (set !== null && given !== set) throw new SimulatedExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: the password for ${what} is missing or wrong.`);
}

/** Workbook.protection (ExcelApi 1.7): the structure's protection, with or without a password. */
export class SimWorkbookProtection extends SimProxy<SimWorkbookModel["workbookProtection"]> {
  constructor(context: SimContext) {
    super(context, "WorkbookProtection");
    context.requires("1.7", "Workbook.protection");
    this.bind(context.model.workbookProtection);
  }

  protected readProperty(property: string): unknown {
    if (property === "protected") return this.context.model.workbookProtection.protected;
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load WorkbookProtection.${property}.`);
  }

  get protected(): boolean { return this.readLoaded("protected"); }

  protect(password?: string): void {
    this.context.enqueue("WorkbookProtection.protect", password === undefined ? [] : ["***"], () => {
      const state = this.context.model.workbookProtection;
      if (state.protected) throw new SimulatedExcelError("InvalidOperation", "The workbook is already protected.");
      Object.assign(state, { protected: true, password: password ?? null });
    });
  }

  unprotect(password?: string): void {
    this.context.enqueue("WorkbookProtection.unprotect", password === undefined ? [] : ["***"], () => {
      const state = this.context.model.workbookProtection;
      checkPassword(state.password, password, "the workbook");
      Object.assign(state, { protected: false, password: null });
    });
  }
}
