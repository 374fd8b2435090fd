/** Mirrors OfficeExtension.Error: a code Excel documents, a message, and where in the batch it failed. */
export class SimulatedExcelError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code:
      | "PropertyNotLoaded"
      | "InvalidArgument"
      | "ItemNotFound"
      | "ItemAlreadyExists"
      | "InvalidOperation"
      | "ApiNotFound"
      | "InvalidReference"
      | "AccessDenied"
      | "GeneralException"
      | "RequestAborted"
      | "InvalidOperationInCellEditMode"
      | "RequestPayloadSizeLimitExceeded"
      | "ResponsePayloadSizeLimitExceeded"
      | "UndoNotSupported",
    message: string,
    readonly debugInfo: { errorLocation?: string } = {},
  ) {
    super(message);
  }
}

export function notLoaded(property: string, objectType: string): SimulatedExcelError {
  return new SimulatedExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    { errorLocation: `${objectType}.${property}` },
  );
}
