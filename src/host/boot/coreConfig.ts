import type { DeclaredConfig } from '../../framework/registry/ExtractedData';

const core = (key: string, decl: Omit<DeclaredConfig, 'extension' | 'globalName'>): [string, DeclaredConfig] => [
  key,
  { ...decl, extension: 'core', globalName: `wg${key}` },
];

/** The host's own settings, declared the same way extensions declare theirs. */
export const CORE_CONFIG: Record<string, DeclaredConfig> = Object.fromEntries([
  core('LanguageCode', {
    value: 'en',
    description: 'Language of the interface, as a MediaWiki language code (en, de, pt-br...).',
    public: true,
    schema: { type: 'string', pattern: '^[a-z]{2,3}(-[a-z0-9]+)*$', description: 'a lowercase language code', examples: ['de'] },
  }),
  core('HookTiming', {
    value: false,
    description: 'Record call counts and time per hook handler (costs about 90 ns a call); read at start-up.',
  }),
  core('CacheDirectory', {
    value: 'data/cache',
    description: 'Folder for caches (the processed extension registry), relative to the settings file.',
    schema: { type: 'string', description: 'a folder path', examples: ['data/cache'] },
  }),
]);
