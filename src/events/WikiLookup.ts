import { inject } from 'tsyringe';
import type { Config } from '../framework/config/Config';

/**
 * The wikis an event can target: this wiki (`DBname`) and the other wikis of its farm (`LocalDatabases`), by wiki
 * ID. Read on every call, so a reloaded settings file takes effect without a restart.
 *
 * @public
 */
export class WikiLookup {
  constructor(@inject('MainConfig') private readonly config: Config) {}

  getCurrentWikiId(): string {
    return this.config.get<string>('DBname');
  }

  /** This wiki first, then the others in settings order, each once. */
  getAllWikis(): string[] {
    return [...new Set([this.getCurrentWikiId(), ...this.config.get<string[]>('LocalDatabases')])];
  }
}
