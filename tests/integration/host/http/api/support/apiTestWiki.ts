import { createTestUser } from '../../../../../support/hostFixture';
import { startTestWiki, type TestWiki } from '../../support/testWiki';
import { ApiClient } from './ApiClient';

/** A test wiki with the accounts the action API tests use (password `<name>-password`). */
export interface ApiTestWiki extends TestWiki {
  /** A new visitor with its own cookie jar. */
  api(): ApiClient;
  /** A new visitor, logged in through action=login as `name`. */
  apiAs(name: string): Promise<ApiClient>;
}

/**
 * Boots the RestFixture test wiki (see ../../support/testWiki) and creates `Admin` (sysop, bureaucrat) and `Editor`
 * (no groups).
 */
export async function startApiTestWiki(options: Parameters<typeof startTestWiki>[0] = {}): Promise<ApiTestWiki> {
  const wiki = await startTestWiki(options);
  await createTestUser(wiki.host, 'Admin', ['sysop', 'bureaucrat']);
  await createTestUser(wiki.host, 'Editor');
  return Object.assign(wiki, {
    api: () => new ApiClient(wiki.client()),
    async apiAs(name: string) {
      const client = new ApiClient(wiki.client());
      const login = await client.login(name);
      if (login.result !== 'Success') throw new Error(`Logging in as ${name} failed: ${JSON.stringify(login)}`);
      return client;
    },
  });
}
