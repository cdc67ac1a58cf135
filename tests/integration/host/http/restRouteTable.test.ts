import { expect } from 'chai';
import { ErrorCodes, WikiextError } from '../../../../src/framework/errors';
import { createHttpServer } from '../../../../src/host/http/createHttpServer';
import { createTestHost } from '../../../support/hostFixture';
import { FIXTURE_ROUTES, writeRestFixtureExtension } from './support/restFixtureExtension';

/** Boots a host whose fixture extension declares `routes` and tries to build the server. */
async function buildServerWith(routes: unknown[]): Promise<unknown> {
  const host = await createTestHost({ extensions: [writeRestFixtureExtension({ RestRoutes: routes })] });
  try {
    createHttpServer(host);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await host.close();
  }
}

const handler = FIXTURE_ROUTES[0].class;

describe('REST route table (start-up checks)', () => {
  it('refuses an unsupported or lower-case method, naming the entry and the allowed methods', async () => {
    const error = await buildServerWith([{ path: '/x/v0/a', method: 'get', class: handler }]);
    expect(error).to.be.instanceOf(WikiextError);
    expect((error as WikiextError).code).to.equal(ErrorCodes.REST_ROUTE_INVALID);
    expect((error as Error).message).to.equal(
      'RestRoutes entry "/x/v0/a" of RestFixture: "get" is not a supported method; use GET, POST, PUT, DELETE, PATCH (upper case).',
    );
  });

  it('refuses a path that does not start with a slash', async () => {
    const error = await buildServerWith([{ path: 'x/v0/a', class: handler }]);
    expect((error as Error).message).to.contain('the path must start with "/", e.g. "/x/v0/a"');
  });

  it('refuses a parameter that is not a whole segment', async () => {
    const error = await buildServerWith([{ path: '/x/v0/a{id}', class: handler }]);
    expect((error as Error).message).to.contain('"a{id}" is not a valid path segment');
  });

  it('refuses two entries for the same path and method', async () => {
    const error = await buildServerWith([
      { path: '/x/v0/a/{id}', class: handler },
      { path: '/x/v0/a/{id}', method: 'GET', class: handler },
    ]);
    expect((error as Error).message).to.equal(
      'RestRoutes entry "GET /x/v0/a/{id}" of RestFixture: already handled by an entry of RestFixture; remove one of them.',
    );
  });

  it('refuses the same path shape with other parameter names', async () => {
    const error = await buildServerWith([
      { path: '/x/v0/a/{id}', class: handler },
      { path: '/x/v0/a/{name}', method: 'PUT', class: handler },
    ]);
    expect((error as Error).message).to.contain('path conflicts with "/x/v0/a/{id}"');
  });

  it('refuses a service no extension defines, suggesting close names', async () => {
    const error = await buildServerWith([{ path: '/x/v0/a', class: handler, services: ['RestFixture.Notebook'] }]);
    expect((error as WikiextError).code).to.equal(ErrorCodes.SERVICE_UNKNOWN);
    expect((error as Error).message).to.contain('No service "RestFixture.Notebook" (required by RestRoutes "/x/v0/a" of RestFixture)');
    expect((error as Error).message).to.contain('"RestFixture.NoteBook"');
  });

  it('lists every bad entry at once', async () => {
    const error = await buildServerWith([
      { path: 'a', class: handler },
      { path: '/b', method: 'FETCH', class: handler },
    ]);
    expect((error as { problems: string[] }).problems).to.have.length(2);
  });
});
