/**
 * Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes, a message and debugInfo.
 * The codes are the strings Office.js uses, so `catch (e) { if (e.code === "ItemNotFound") … }` works the same.
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export class InMemoryExcelError extends Error {
  readonly code: FakeErrorCode | string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The message Office.js gives when a property is read before load() + sync(). */
export function propertyNotLoaded(property: string, objectType: string): InMemoryExcelError {
  return new InMemoryExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectType}.${property}`,
  );
}
