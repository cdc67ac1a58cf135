/**
 * Who did something: the account id and name, nothing more. Anonymous visitors have id 0 and, as in MediaWiki, their
 * IP address as name.
 *
 * @public
 */
export interface UserIdentity {
  readonly id: number;
  readonly name: string;
}

/** @public */
export function isRegistered(user: UserIdentity): boolean {
  return user.id > 0;
}

/** An anonymous visitor. @public */
export function anonymousUser(ip = '127.0.0.1'): UserIdentity {
  return { id: 0, name: ip };
}
