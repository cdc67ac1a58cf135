import type { Host } from '../boot/bootHost';
import { HostError } from '../HostError';
import { registerAccount } from '../users/createAccount';
import type { CliOutput } from './output';

/** Options of `wikiext createuser`. */
export interface CreateUserOptions {
  password?: string;
  /** Comma-separated groups, e.g. `sysop,bureaucrat`. */
  groups?: string;
  email?: string;
}

/**
 * `wikiext createuser NAME --password P [--groups a,b]`: creates an account as MediaWiki's createAndPromote.php
 * does, running the UserRegistration hook as a sign-up would. Every group must be one the wiki knows (core or an extension's GroupPermissions); nothing is created when
 * one is not.
 */
export async function createUserCommand(host: Host, name: string, opts: CreateUserOptions, output: CliOutput): Promise<number> {
  if (opts.password === undefined || opts.password === '') {
    output.err('createuser: give the new account a password with --password PASSWORD.');
    return 1;
  }
  const groups = (opts.groups ?? '').split(',').map((g) => g.trim()).filter((g) => g !== '');
  const known = host.permissions.getAllGroups();
  const unknown = groups.filter((g) => !known.includes(g));
  if (unknown.length > 0) {
    output.err(`createuser: unknown group${unknown.length > 1 ? 's' : ''} ${unknown.map((g) => `"${g}"`).join(', ')}. Groups on this wiki: ${known.join(', ')}.`);
    return 1;
  }
  try {
    const user = await registerAccount(host, { name, password: opts.password, email: opts.email });
    for (const group of groups) await host.groups.addUserToGroup(user, group);
    output.out(`Created user "${user.name}" (id ${user.id})${groups.length > 0 ? ` in ${groups.join(', ')}` : ''}.`);
    return 0;
  } catch (error) {
    if (error instanceof HostError) {
      output.err(`createuser: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
