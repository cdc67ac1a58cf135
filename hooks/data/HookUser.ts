/** A registered user, as hooks pass it: plain data, no lookups behind it. @public */
export interface HookUser {
  /** Local user id. */
  id: number;
  name: string;
  /** ISO 8601 registration time; null for accounts older than registration tracking. */
  registration: string | null;
}
