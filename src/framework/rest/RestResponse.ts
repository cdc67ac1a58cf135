/**
 * A REST answer with its own status or headers. Handlers return plain values for the common 200 JSON case and a
 * RestResponse for everything else (201 with `Location`, 202, 204).
 *
 * @public
 */
export class RestResponse {
  private constructor(
    readonly status: number,
    /** JSON-serialisable; `undefined` sends no body. */
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>>,
  ) {}

  /** `body` as JSON with the given status. */
  static json(status: number, body: unknown, headers: Record<string, string> = {}): RestResponse {
    return new RestResponse(status, body, headers);
  }

  /** 204 No Content. */
  static noContent(headers: Record<string, string> = {}): RestResponse {
    return new RestResponse(204, undefined, headers);
  }
}
