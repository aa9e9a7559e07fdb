// Typed domain errors, mapped to pages by the one error handler (src/middleware/errors.ts).
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class NotFoundError extends DomainError {
  constructor(message = 'Not found') {
    super(message, 404);
  }
}
export class PermissionDeniedError extends DomainError {
  constructor(message = 'You do not have permission to do that') {
    super(message, 403);
  }
}
export class BadRequestError extends DomainError {
  constructor(message = 'The request could not be understood') {
    super(message, 400);
  }
}
/** A form problem: field → message, shown beside the field. */
export class ValidationError extends DomainError {
  constructor(readonly errors: Record<string, string>) {
    super(Object.values(errors)[0] ?? 'Invalid input', 400);
  }
}
/** The request is understood but the thing is not in a state that allows it (a published version edited, say). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 409);
  }
}
