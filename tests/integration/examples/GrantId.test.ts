import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RegistrationFormBuild, RegistrationFormSaved } from '../../../hooks/data/EventRegistrationFormData';
import { GRANT_ID_FIELD } from '../../../examples/GrantId/src/EventRegistrationFormHandler';
import { GRANT_TABLE, GrantIdStoreRef } from '../../../examples/GrantId/src/GrantIdStore';
import { SchemaInspector } from '../../../src/framework/db/schema/SchemaInspector';
import { HookHandlerError } from '../../../src/framework/hooks/HookHandlerError';
import type { Host } from '../../../src/host/boot/bootHost';
import { REPO_ROOT } from '../../../src/host/HostInfo';
import { updateSchema } from '../../../src/host/storage/updateSchema';
import { bootWiki } from '../../../src/host/boot/bootWiki';
import { RegistryLoadError } from '../../../src/framework/registry/ExtensionRegistry';
import { describeEachDatabase } from '../../support/databases';
import { tempDir } from '../../support/extensionFixtures';
import { createTestHost } from '../../support/hostFixture';
import { rejection } from '../../support/rejection';

const GRANT_ID_MANIFEST = path.join(REPO_ROOT, 'examples', 'GrantId', 'extension.json');

describe('GrantId without CampaignEvents', () => {
  it('is not loaded, and the error says to add CampaignEvents', () => {
    const settingsFile = path.join(tempDir(), 'LocalSettings.json');
    writeFileSync(settingsFile, JSON.stringify({ wfLoadExtensions: [GRANT_ID_MANIFEST] }));
    let error: unknown;
    try {
      bootWiki({ settingsFile, memoryCache: true });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RegistryLoadError);
    expect((error as RegistryLoadError).problems).to.include(
      'GrantId requires CampaignEvents to be installed. Add it to wfLoadExtensions in the settings file.',
    );
  });
});

describeEachDatabase('GrantId loaded in a wiki', (ctx) => {
  let host: Host;

  beforeEach(async () => {
    host = await createTestHost({ db: ctx.db(), extensions: [GRANT_ID_MANIFEST] });
  });
  afterEach(async () => host?.close());

  /** Runs the hook as the registration form does: build the form, then save it with `grantId` typed in. */
  async function submitForm(eventId: number | null, savedAs: number, grantId: string | null): Promise<RegistrationFormBuild> {
    const form: RegistrationFormBuild = { stage: 'build', eventId, fields: {} };
    await host.wiki.hookRunner.onEventRegistrationForm(form);
    const saved: RegistrationFormSaved = {
      stage: 'saved',
      eventId: savedAs,
      values: { [GRANT_ID_FIELD]: grantId },
      performer: { id: 1, name: 'Organizer', registration: null },
    };
    await host.wiki.hookRunner.onEventRegistrationForm(saved);
    return form;
  }

  const storedGrantId = (eventId: number) => host.wiki.services.get(GrantIdStoreRef).getGrantId(eventId);

  it('creates its table in the schema update, and finds it there on the next update', async () => {
    const fresh = await ctx.emptyDatabase();
    const first = await updateSchema(fresh, host.wiki);
    expect(first.applied).to.include(`create table ${GRANT_TABLE}`);
    expect(await new SchemaInspector(fresh).tableExists(GRANT_TABLE)).to.equal(true);
    const again = await updateSchema(fresh, host.wiki);
    expect(again.applied).to.deep.equal([]);
    expect(again.alreadyDone).to.include(`create table ${GRANT_TABLE}`);
  });

  it('adds the grant ID field to the form of a new event, empty', async () => {
    const form: RegistrationFormBuild = { stage: 'build', eventId: null, fields: {} };
    await host.wiki.hookRunner.onEventRegistrationForm(form);
    expect(form.fields[GRANT_ID_FIELD]).to.deep.include({ type: 'text', labelMessage: 'grantid-field-label', pattern: '^\\d+-\\d+$' });
    expect(form.fields[GRANT_ID_FIELD]).not.to.have.property('default');
    expect(host.wiki.messages.msg('grantid-field-label').text()).to.equal('Grant ID');
  });

  it('stores the grant ID of a new event, shows it when the event is edited, updates it and deletes it', async () => {
    await submitForm(null, 1, '12345-678');
    expect(await storedGrantId(1)).to.equal('12345-678');

    const editForm = await submitForm(1, 1, '12345-999');
    expect(editForm.fields[GRANT_ID_FIELD].default).to.equal('12345-678');
    expect(await storedGrantId(1)).to.equal('12345-999');

    const emptied = await submitForm(1, 1, '');
    expect(emptied.fields[GRANT_ID_FIELD].default).to.equal('12345-999');
    expect(await storedGrantId(1)).to.equal(null);
    const rows = await host.db.kysely.selectFrom(GRANT_TABLE).selectAll().execute();
    expect(rows).to.deep.equal([]);
  });

  it('keeps the grant IDs of different events apart', async () => {
    await submitForm(null, 1, '1-1');
    await submitForm(null, 2, '2-2');
    await submitForm(2, 2, null);
    expect(await storedGrantId(1)).to.equal('1-1');
    expect(await storedGrantId(2)).to.equal(null);
  });

  it('refuses a grant ID that is not two numbers joined by a hyphen, keeping the stored one', async () => {
    await submitForm(null, 1, '100-1');
    const error = await rejection(() => submitForm(1, 1, 'G-2024-1'));
    expect(error).to.be.instanceOf(HookHandlerError);
    expect(error.message).to.contain('"G-2024-1" is not a valid grant ID. Enter two numbers joined by a hyphen');
    expect(error.message).to.contain('GrantId');
    expect(await storedGrantId(1)).to.equal('100-1');
  });
});
