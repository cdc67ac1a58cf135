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

  core('Sitename', {
    value: 'wikiext',
    description: 'Name of the wiki, shown in page titles and returned by the action API (siteinfo).',
    public: true,
    schema: { type: 'string', minLength: 1, description: 'a non-empty name', examples: ['Demo wiki'] },
  }),
  core('Server', {
    value: '',
    description:
      'Base URL of the wiki as visitors reach it, used in links the wiki sends out (REST Location headers, siteinfo). Empty (the default): taken from each request\'s Host header, as MediaWiki detects it.',
    public: true,
    schema: {
      type: 'string',
      pattern: '^(https?://[^/]+)?$',
      description: 'a URL with scheme and host and no path, or "" to detect it from each request',
      examples: ['https://wiki.example.org'],
    },
  }),
  core('DBtype', {
    value: 'sqlite',
    description: 'Database: "sqlite" (a file, no server needed) or "mysql" (MariaDB or MySQL).',
    schema: { enum: ['sqlite', 'mysql'], description: 'either "sqlite" or "mysql"', examples: ['mysql'] },
  }),
  core('SQLiteDataDir', {
    value: 'data',
    description: 'Folder of the SQLite database file (<DBname>.sqlite), relative to the settings file.',
    schema: { type: 'string', minLength: 1, description: 'a folder path', examples: ['data'] },
  }),
  core('DBname', {
    value: 'wiki',
    description: 'Database name on MariaDB/MySQL; on SQLite the file name without ".sqlite".',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_$-]+$', description: 'letters, digits, _, $ or -', examples: ['wiki'] },
  }),
  core('LocalDatabases', {
    value: [],
    description:
      'Other wikis of the same farm, by wiki ID (their database name), for features that span wikis such as the target wikis of an event. The wiki itself (wgDBname) is always included.',
    public: true,
    schema: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z0-9_$-]+$' },
      uniqueItems: true,
      description: 'a list of wiki IDs such as "enwiki"',
      examples: [['enwiki', 'commonswiki', 'wikidatawiki']],
    },
  }),
  core('DBserver', {
    value: 'localhost',
    description: 'MariaDB/MySQL server as "host" or "host:port".',
    schema: { type: 'string', pattern: '^[^:\\s]+(:[0-9]{1,5})?$', description: '"host" or "host:port"', examples: ['127.0.0.1:3306'] },
  }),
  core('DBuser', {
    value: 'wikiuser',
    description: 'MariaDB/MySQL user name.',
    schema: { type: 'string', minLength: 1, description: 'a user name', examples: ['wikiuser'] },
  }),
  core('DBpassword', {
    value: '',
    description: 'MariaDB/MySQL password.',
    schema: { type: 'string', description: 'a string', examples: ['secret'] },
  }),
  core('SecretKey', {
    value: '',
    description:
      'Secret for signing (Special:RunJobs signatures, session tokens). Empty: the wiki generates one on first start and keeps it in its database.',
    schema: { type: 'string', description: 'a long random string (at least 32 characters) or empty', pattern: '^(|.{32,})$', examples: ['7f0e1c...'] },
  }),
  core('GroupPermissions', {
    value: {},
    merge_strategy: 'array_plus_2d',
    description: 'Rights by group, added to those of core and the extensions: { "group": { "right": true } }. false takes a right away that an earlier source granted.',
    schema: {
      type: 'object',
      description: 'an object of groups, each an object of rights set to true or false',
      additionalProperties: { type: 'object', additionalProperties: { type: 'boolean' } },
      examples: [{ sysop: { deleterevision: true } }],
    },
  }),
  core('RevokePermissions', {
    value: {},
    merge_strategy: 'array_plus_2d',
    description: 'Rights taken from members of a group whatever their other groups grant: { "group": { "right": true } }.',
    schema: {
      type: 'object',
      description: 'an object of groups, each an object of rights set to true',
      additionalProperties: { type: 'object', additionalProperties: { type: 'boolean' } },
      examples: [{ blockedfromchat: { edit: true } }],
    },
  }),
  core('HiddenPrefs', {
    value: [],
    description: 'Preferences that are stored and used by code but not shown on the preferences page.',
    schema: { type: 'array', items: { type: 'string' }, description: 'a list of preference names', examples: [['rememberpassword']] },
  }),
  core('JobRunRate', {
    value: 1,
    description: 'Jobs the web server runs in the background after each request (0: only `wikiext run-jobs` or Special:RunJobs run them).',
    schema: { type: 'number', minimum: 0, description: 'a number of jobs, 0 or more', examples: [1] },
  }),
]);
