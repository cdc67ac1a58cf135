/**
 * Code of the SpecialFixture test extension (see specialFixtureExtension.ts): a service and special page handlers,
 * loaded by the host through the extension's manifest exactly as a real extension's pages are.
 */
import { html } from '../../../../../src/framework/html/html';
import { defineServiceWiring } from '../../../../../src/framework/services/ServiceWiring';
import type { SpecialPageHandler, SpecialPageOutput, SpecialPageRequest } from '../../../../../src/framework/special/SpecialPage';

export const GREETER_SERVICE = 'SpecialFixture.Greeter';

/** The service a page asks for through its spec's `services`. */
export class Greeter {
  greet(name: string): string {
    return `Hello, ${name}!`;
  }
}

export const wiring = defineServiceWiring({ [GREETER_SERVICE]: () => new Greeter() });

/** Special:Greeting[/subpage]: shows what the host handed over, as JSON, and loads the fixture's module. */
export class GreetingPage implements SpecialPageHandler {
  constructor(private readonly greeter: Greeter) {}

  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    const seen = {
      method: request.method,
      subpage: request.subpage,
      user: request.user.name,
      language: request.language,
      name: request.param('name') ?? null,
      tags: request.params('tag'),
      missing: request.params('nothing'),
    };
    return {
      kind: 'page',
      heading: `Greeting <${request.subpage || 'nobody'}>`,
      body: html`<p class="greeting">${this.greeter.greet(request.subpage || 'nobody')}</p><pre id="seen">${JSON.stringify(seen)}</pre>`,
      modules: ['ext.specialFixture', 'ext.specialFixture.stylesOnly'],
    };
  }
}

/** Special:MembersOnly: needs a logged-in user, and says why. */
export class MembersOnlyPage implements SpecialPageHandler {
  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    if (request.user.id === 0) return { kind: 'login-required', reasonMessage: 'specialfixture-login-reason' };
    return { kind: 'page', heading: 'Members', body: html`<p>Welcome, member ${request.user.name} (${request.subpage}).</p>` };
  }
}

/** Special:PrivateNotes: needs a logged-in user, without a reason of its own. */
export class PrivateNotesPage implements SpecialPageHandler {
  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    if (request.user.id === 0) return { kind: 'login-required' };
    return { kind: 'page', heading: 'Private notes', body: html`<p>Nothing here.</p>` };
  }
}

/** Special:NoteForm: a POST form protected by the edit token, redirecting after a successful save. */
export class NoteFormPage implements SpecialPageHandler {
  readonly saved: string[] = [];

  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    if (request.method === 'POST') {
      if (!request.matchEditToken(request.param('wpEditToken'))) {
        return { kind: 'page', status: 400, heading: 'Note form', body: html`<p class="error">Bad token: the note was not saved.</p>` };
      }
      const notes = request.params('wpNote');
      this.saved.push(...notes);
      return { kind: 'redirect', location: `/wiki/Special:NoteForm/saved?count=${notes.length}` };
    }
    return {
      kind: 'page',
      heading: 'Note form',
      body: html`<p id="saved">${this.saved.join(', ')}</p><form method="post" action="/w/index.php?title=Special:NoteForm">
<input name="wpNote"><input name="wpNote">
<input type="hidden" name="wpEditToken" value="${request.editToken()}">
<button type="submit">Save</button></form>`,
    };
  }
}

/** Special:Broken: fails the way a bug does, with internals in the message. */
export class BrokenPage implements SpecialPageHandler {
  async execute(): Promise<SpecialPageOutput> {
    throw new Error('database password is hunter2 (at /srv/secret/config.php)');
  }
}

/** Special:UnknownModule: asks for a module nobody declares. */
export class UnknownModulePage implements SpecialPageHandler {
  async execute(): Promise<SpecialPageOutput> {
    return { kind: 'page', heading: 'Unknown module', body: html`<p>x</p>`, modules: ['ext.specialFixtur'] };
  }
}

/** Something that is not a handler at all. */
export class NotAHandler {}
