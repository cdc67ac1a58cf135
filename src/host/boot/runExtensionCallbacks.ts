import { ErrorCodes, WikiextError } from '../../framework/errors';
import type { ModuleLoader } from '../../framework/modules/ModuleLoader';
import type { ExtensionCredits, ExtractedData } from '../../framework/registry/ExtractedData';

/** What an extension's `callback` receives once the wiki is set up. @public */
export type ExtensionCallback<W> = (extension: ExtensionCredits, wiki: W) => void;

/** Calls each extension's `callback` (MediaWiki's registration callback), in load order. */
export function runExtensionCallbacks<W>(data: ExtractedData, loader: ModuleLoader, wiki: W): void {
  for (const { extension, dir, ref } of data.callbacks) {
    const fn = loader.load(dir, ref, `${extension} callback`);
    if (typeof fn !== 'function') {
      throw new WikiextError(ErrorCodes.EXTENSION_CALLBACK_NOT_CALLABLE, `${extension}: callback "${ref}" is not a function; export a function (extension, wiki) => void.`);
    }
    const credits = data.extensions.find((e) => e.name === extension) as ExtensionCredits;
    (fn as ExtensionCallback<W>)(credits, wiki);
  }
}
