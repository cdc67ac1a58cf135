import { expect } from 'chai';
import { ErrorCodes } from '../../../src/framework/errors';
import { HookHandlerError } from '../../../src/framework/hooks/HookHandlerError';
import { createHookContainer } from '../../../src/framework/hooks/testing/createHookContainer';
import { handlerSpec, installWith, objectRef, recordingLogger } from './builders';

function failing(message: string) {
  return () => {
    throw new Error(message);
  };
}

describe('HookContainer error policies', () => {
  describe('propagate (the default)', () => {
    it('throws the handler error with a message naming the handler and the original as cause', () => {
      const original = new Error('disk full');
      const later: string[] = [];
      const { container } = installWith({
        hooks: { Save: [objectRef('CampaignEvents', 'main')] },
        specs: [handlerSpec('CampaignEvents', 'main')],
        objects: {
          'CampaignEvents-main': {
            onSave() {
              throw original;
            },
          },
        },
      });
      container.register('Save', () => void later.push('ran'));

      let caught: unknown;
      try {
        container.run('Save', []);
      } catch (error) {
        caught = error;
      }

      expect(caught).to.be.instanceOf(HookHandlerError);
      const error = caught as HookHandlerError;
      expect(error.message).to.equal('Hook handler CampaignEvents:main failed while handling Save: disk full');
      expect(error.code).to.equal(ErrorCodes.HOOK_HANDLER_FAILED);
      expect(error.handler).to.equal('CampaignEvents:main');
      expect(error.cause).to.equal(original);
      expect(later, 'later handlers do not run').to.deep.equal([]);
    });

    it('names the failing handler when it is not the first', () => {
      const container = createHookContainer({ Save: [() => undefined, function second() {
        throw new Error('boom');
      }] });

      expect(() => container.run('Save', [])).to.throw('Hook handler runtime:second failed while handling Save: boom');
    });

    it('rejects from runAsync with the handler named', async () => {
      const container = createHookContainer({ Save: async function saver() {
        throw new Error('late boom');
      } });

      let caught: unknown;
      await container.runAsync('Save', []).catch((error: unknown) => (caught = error));

      expect((caught as Error).message).to.equal('Hook handler runtime:saver failed while handling Save: late boom');
    });
  });

  describe('isolate', () => {
    it('logs a throwing handler with its extension and hook, and runs the remaining handlers', () => {
      const logger = recordingLogger();
      const later: string[] = [];
      const { container } = installWith(
        {
          hooks: { View: [objectRef('CampaignEvents', 'main')] },
          specs: [handlerSpec('CampaignEvents', 'main')],
          objects: { 'CampaignEvents-main': { onView: failing('storage down') } },
        },
        { logger },
      );
      container.register('View', () => void later.push('ran'));

      expect(container.run('View', [], { errorPolicy: 'isolate' })).to.equal(true);

      expect(later).to.deep.equal(['ran']);
      expect(logger.entries).to.have.length(1);
      const [entry] = logger.entries;
      expect(entry.level).to.equal('error');
      expect(entry.obj).to.include({ hook: 'View', handler: 'CampaignEvents:main', extension: 'CampaignEvents' });
      expect((entry.obj.err as Error).message).to.equal('storage down');
    });

    it('puts the thrown error\'s message in the log message, for loggers that print only the message', () => {
      const logger = recordingLogger();
      const container = createHookContainer({ View: function viewer() {
        throw new Error('storage down');
      } }, { logger });

      container.run('View', [], { errorPolicy: 'isolate' });

      expect(logger.entries[0].msg).to.equal(
        'Hook handler runtime:viewer failed while handling View: storage down; the remaining handlers still run.',
      );
    });

    it('logs a bad return value instead of throwing, with the reason in the message', () => {
      const logger = recordingLogger();
      const container = createHookContainer({ View: [function bad() {
        return 'oops';
      }] }, { logger });

      expect(container.run('View', [], { errorPolicy: 'isolate' })).to.equal(true);
      expect(logger.entries[0].obj).to.include({ handler: 'runtime:bad' });
      expect((logger.entries[0].obj.err as HookHandlerError).code).to.equal(ErrorCodes.HOOK_BAD_RETURN);
      expect(logger.entries[0].msg).to.equal(
        'Hook handler runtime:bad failed while handling View: returned string, but hook handlers may only return ' +
          'true, false or nothing; the remaining handlers still run.',
      );
    });

    it('logs false from a hook that cannot be aborted with the reason in the message', () => {
      const logger = recordingLogger();
      const container = createHookContainer({ View: function refuser() {
        return false;
      } }, { logger });

      expect(container.run('View', [], { errorPolicy: 'isolate', abortable: false })).to.equal(true);
      expect((logger.entries[0].obj.err as HookHandlerError).code).to.equal(ErrorCodes.HOOK_UNABORTABLE);
      expect(logger.entries[0].msg).to.equal(
        'Hook handler runtime:refuser failed while handling View: returned false for a hook that cannot be aborted; ' +
          'the remaining handlers still run.',
      );
    });

    it('still lets a handler abort an abortable hook', () => {
      const later: string[] = [];
      const container = createHookContainer({ View: [() => false, () => void later.push('ran')] });

      expect(container.run('View', [], { errorPolicy: 'isolate' })).to.equal(false);
      expect(later).to.deep.equal([]);
    });

    it('logs a handler that cannot be built, leaves it out, and runs the others', () => {
      const logger = recordingLogger();
      const ran: string[] = [];
      const { container } = installWith(
        {
          hooks: { View: [objectRef('Broken', 'main'), objectRef('Fine', 'main')] },
          specs: [handlerSpec('Broken', 'main'), handlerSpec('Fine', 'main')],
          objects: { 'Fine-main': { onView: () => void ran.push('fine') } },
        },
        { logger },
      );

      container.run('View', [], { errorPolicy: 'isolate' });
      container.run('View', [], { errorPolicy: 'isolate' });

      expect(ran).to.deep.equal(['fine', 'fine']);
      expect(logger.entries.map((e) => e.obj.handler)).to.deep.equal(['Broken:main']);
    });

    it('logs and continues in runAsync too', async () => {
      const logger = recordingLogger();
      const ran: string[] = [];
      const container = createHookContainer(
        { View: [async () => Promise.reject(new Error('nope')), async () => void ran.push('second')] },
        { logger },
      );

      expect(await container.runAsync('View', [], { errorPolicy: 'isolate' })).to.equal(true);
      expect(ran).to.deep.equal(['second']);
      expect(logger.entries).to.have.length(1);
    });
  });
});
