import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DeleteEventRegistrationHandler } from '../../../../src/events/rest/DeleteEventRegistrationHandler';
import { EnableEventRegistrationHandler } from '../../../../src/events/rest/EnableEventRegistrationHandler';
import { GetEventRegistrationHandler } from '../../../../src/events/rest/GetEventRegistrationHandler';
import { UpdateEventRegistrationHandler } from '../../../../src/events/rest/UpdateEventRegistrationHandler';
import { type Constructor, injectionTokens } from '../../../../src/framework/services/Injectable';
import { REPO_ROOT } from '../../../../src/host/HostInfo';

const HANDLERS: Record<string, Constructor> = {
  EnableEventRegistrationHandler,
  GetEventRegistrationHandler,
  UpdateEventRegistrationHandler,
  DeleteEventRegistrationHandler,
};

interface RouteSpec {
  path: string;
  method: string;
  class: string;
  services: string[];
}

describe('CampaignEvents RestRoutes (extension.json)', () => {
  const routes = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'extension.json'), 'utf8')) as { RestRoutes: RouteSpec[] }).RestRoutes;

  it('declares the four event_registration endpoints of CampaignEvents v0', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`)).to.have.members([
      'POST /campaignevents/v0/event_registration',
      'GET /campaignevents/v0/event_registration/{id}',
      'PUT /campaignevents/v0/event_registration/{id}',
      'DELETE /campaignevents/v0/event_registration/{id}',
    ]);
  });

  it('lists for each handler the services its @inject constructor parameters name, in order', () => {
    for (const route of routes) {
      const name = route.class.split('#')[1];
      expect(HANDLERS, route.class).to.have.property(name);
      expect(injectionTokens(HANDLERS[name]), `${route.method} ${route.path}`).to.deep.equal(route.services);
    }
  });
});
