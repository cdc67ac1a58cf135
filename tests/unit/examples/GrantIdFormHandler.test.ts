import { expect } from 'chai';
import * as path from 'node:path';
import { hookCatalog } from '../../../hooks';
import type { RegistrationFormBuild, RegistrationFormSaved } from '../../../hooks/data/EventRegistrationFormData';
import { EventRegistrationFormHandler, GRANT_ID_FIELD } from '../../../examples/GrantId/src/EventRegistrationFormHandler';
import type { GrantIdStore } from '../../../examples/GrantId/src/GrantIdStore';
import { InvalidGrantIdError } from '../../../examples/GrantId/src/InvalidGrantIdError';
import { createHookRunner } from '../../../src/framework/hooks/createHookRunner';
import { HookHandlerError } from '../../../src/framework/hooks/HookHandlerError';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';
import { REPO_ROOT } from '../../../src/host/HostInfo';
import { rejection } from '../../support/rejection';

/** GrantIdStore's methods over a Map, so the handler is tested without a database. */
function fakeStore(initial: Record<number, string> = {}): GrantIdStore & { rows: Map<number, string> } {
  const rows = new Map(Object.entries(initial).map(([id, grant]) => [Number(id), grant]));
  const store = {
    rows,
    getGrantId: async (eventId: number) => rows.get(eventId) ?? null,
    setGrantId: async (eventId: number, grantId: string) => void rows.set(eventId, grantId),
    deleteGrantId: async (eventId: number) => void rows.delete(eventId),
  };
  return store as unknown as GrantIdStore & { rows: Map<number, string> };
}

const messages = new MessageLocalizer({ GrantId: [path.join(REPO_ROOT, 'examples', 'GrantId', 'i18n')] });

const building = (eventId: number | null): RegistrationFormBuild => ({ stage: 'build', eventId, fields: {} });
const saving = (eventId: number, values: RegistrationFormSaved['values']): RegistrationFormSaved => ({
  stage: 'saved',
  eventId,
  values,
  performer: { id: 2, name: 'Organizer', registration: null },
});

describe('GrantId EventRegistrationFormHandler', () => {
  describe('when the form is built', () => {
    it('adds an empty "Grant ID" text field with its pattern for a new event', async () => {
      const form = building(null);
      await new EventRegistrationFormHandler(fakeStore({ 1: '111-1' }), messages).onEventRegistrationForm(form);
      expect(form.fields).to.deep.equal({
        'wce-grant-id': { type: 'text', labelMessage: 'grantid-field-label', helpMessage: 'grantid-field-help', pattern: '^\\d+-\\d+$', patternMessage: 'grantid-error-invalid' },
      });
    });

    it('prefills the field with the stored grant ID of the event being edited', async () => {
      const form = building(7);
      await new EventRegistrationFormHandler(fakeStore({ 7: '12345-678' }), messages).onEventRegistrationForm(form);
      expect(form.fields[GRANT_ID_FIELD].default).to.equal('12345-678');
    });

    it('leaves the field empty for an event without a grant ID, and keeps the fields others added', async () => {
      const form = building(7);
      form.fields['other-field'] = { type: 'checkbox', labelMessage: 'other-label' };
      await new EventRegistrationFormHandler(fakeStore(), messages).onEventRegistrationForm(form);
      expect(form.fields[GRANT_ID_FIELD]).not.to.have.property('default');
      expect(form.fields).to.have.keys('other-field', GRANT_ID_FIELD);
    });
  });

  describe('when the form was saved', () => {
    it('stores a new grant ID', async () => {
      const store = fakeStore();
      await new EventRegistrationFormHandler(store, messages).onEventRegistrationForm(saving(3, { [GRANT_ID_FIELD]: '2024-17' }));
      expect(store.rows.get(3)).to.equal('2024-17');
    });

    it('replaces the stored grant ID, trimming spaces around it', async () => {
      const store = fakeStore({ 3: '1-1' });
      await new EventRegistrationFormHandler(store, messages).onEventRegistrationForm(saving(3, { [GRANT_ID_FIELD]: ' 98765-4 ' }));
      expect(store.rows.get(3)).to.equal('98765-4');
    });

    it('deletes the stored grant ID when the field was emptied (empty text or null)', async () => {
      const store = fakeStore({ 3: '1-1', 4: '2-2', 5: '3-3' });
      const handler = new EventRegistrationFormHandler(store, messages);
      await handler.onEventRegistrationForm(saving(3, { [GRANT_ID_FIELD]: '' }));
      await handler.onEventRegistrationForm(saving(4, { [GRANT_ID_FIELD]: null }));
      await handler.onEventRegistrationForm(saving(5, { [GRANT_ID_FIELD]: '   ' }));
      expect([...store.rows]).to.deep.equal([]);
    });

    it('changes nothing when the form did not submit the field', async () => {
      const store = fakeStore({ 3: '1-1' });
      await new EventRegistrationFormHandler(store, messages).onEventRegistrationForm(saving(3, { 'other-field': 'x' }));
      expect(store.rows.get(3)).to.equal('1-1');
    });

    for (const bad of ['12345', 'abc-12', '12-34-56', '12 - 34', '-12', '１２-３４']) {
      it(`refuses "${bad}" with an error that says what a grant ID looks like, keeping the stored one`, async () => {
        const store = fakeStore({ 3: '1-1' });
        const error = await rejection(() => new EventRegistrationFormHandler(store, messages).onEventRegistrationForm(saving(3, { [GRANT_ID_FIELD]: bad })));
        expect(error).to.be.instanceOf(InvalidGrantIdError);
        expect(error.message).to.equal(
          `"${bad.trim()}" is not a valid grant ID. Enter two numbers joined by a hyphen, for example 12345-678, or leave the field empty.`,
        );
        expect((error as InvalidGrantIdError).key).to.equal('grantid-error-invalid');
        expect(store.rows.get(3)).to.equal('1-1');
      });
    }
  });

  describe('run through the EventRegistrationForm hook', () => {
    it('adds its field on build and stores the value on saved', async () => {
      const store = fakeStore();
      const runner = createHookRunner(createHookContainer({ EventRegistrationForm: new EventRegistrationFormHandler(store, messages) }), hookCatalog);
      const form = building(null);
      await runner.onEventRegistrationForm(form);
      expect(form.fields).to.have.key(GRANT_ID_FIELD);
      await runner.onEventRegistrationForm(saving(9, { [GRANT_ID_FIELD]: '5-6' }));
      expect(store.rows.get(9)).to.equal('5-6');
    });

    it('makes the save fail with a HookHandlerError carrying the InvalidGrantIdError', async () => {
      const runner = createHookRunner(createHookContainer({ EventRegistrationForm: new EventRegistrationFormHandler(fakeStore(), messages) }), hookCatalog);
      const error = await rejection(() => runner.onEventRegistrationForm(saving(9, { [GRANT_ID_FIELD]: 'G-1' })));
      expect(error).to.be.instanceOf(HookHandlerError);
      expect(error.message).to.contain('"G-1" is not a valid grant ID');
      expect((error as HookHandlerError).cause).to.be.instanceOf(InvalidGrantIdError);
    });
  });
});
