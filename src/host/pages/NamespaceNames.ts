import { ErrorCodes, WikiextError } from '../../framework/errors';
import { Namespaces } from '../../framework/core/Title';

/** A namespace an extension declares (`Event` 1728, `Event talk` 1729). Spaces and underscores are the same. @public */
export interface ExtraNamespace {
  readonly id: number;
  readonly name: string;
}

/** MediaWiki's canonical English names of the core namespaces, in DB-key form. */
const CORE_NAMES: ReadonlyMap<number, string> = new Map([
  [Namespaces.Media, 'Media'],
  [Namespaces.Special, 'Special'],
  [Namespaces.Talk, 'Talk'],
  [Namespaces.User, 'User'],
  [Namespaces.UserTalk, 'User_talk'],
  [Namespaces.Project, 'Project'],
  [Namespaces.ProjectTalk, 'Project_talk'],
  [Namespaces.File, 'File'],
  [Namespaces.FileTalk, 'File_talk'],
  [Namespaces.MediaWiki, 'MediaWiki'],
  [Namespaces.MediaWikiTalk, 'MediaWiki_talk'],
  [Namespaces.Template, 'Template'],
  [Namespaces.TemplateTalk, 'Template_talk'],
  [Namespaces.Help, 'Help'],
  [Namespaces.HelpTalk, 'Help_talk'],
  [Namespaces.Category, 'Category'],
  [Namespaces.CategoryTalk, 'Category_talk'],
]);

/** Old names MediaWiki still accepts in links (`[[Image:X.png]]` is `File:X.png`). */
const CORE_ALIASES: ReadonlyMap<string, number> = new Map([
  ['Image', Namespaces.File],
  ['Image_talk', Namespaces.FileTalk],
]);

const toDbKeyForm = (name: string) => name.trim().replace(/[ _]+/g, '_');

/**
 * The namespace names a wiki knows: core ones, the project namespace under the wiki's own name (MediaWiki's
 * `$wgMetaNamespace`, with `Project` kept as an alias) and the extensions' ones. Lookups ignore case, as
 * MediaWiki's `Language::getNsIndex()` does.
 *
 * @internal
 */
export class NamespaceNames {
  private readonly namesById = new Map<number, string>();
  private readonly idsByLowerName = new Map<string, number>();

  constructor(extraNamespaces: readonly ExtraNamespace[], metaNamespace?: string) {
    for (const [id, name] of CORE_NAMES) this.namesById.set(id, name);
    if (metaNamespace !== undefined && toDbKeyForm(metaNamespace) !== '') {
      const meta = toDbKeyForm(metaNamespace);
      this.namesById.set(Namespaces.Project, meta);
      this.namesById.set(Namespaces.ProjectTalk, `${meta}_talk`);
    }
    for (const extra of extraNamespaces) this.addExtra(extra);

    for (const [id, name] of this.namesById) this.idsByLowerName.set(name.toLowerCase(), id);
    // Canonical names stay valid next to the local ones (`Project:` works whatever the wiki is called).
    for (const [id, name] of CORE_NAMES) this.idsByLowerName.set(name.toLowerCase(), id);
    for (const [alias, id] of CORE_ALIASES) this.idsByLowerName.set(alias.toLowerCase(), id);
  }

  /** The namespace a prefix (DB-key form, any case) names, or undefined when it names none. */
  idOf(prefix: string): number | undefined {
    return this.idsByLowerName.get(prefix.toLowerCase());
  }

  /** The local name in DB-key form (`User_talk`), '' for the main namespace, undefined for an unknown number. */
  nameOf(id: number): string | undefined {
    return id === Namespaces.Main ? '' : this.namesById.get(id);
  }

  private addExtra(extra: ExtraNamespace): void {
    const name = toDbKeyForm(extra.name);
    if (!Number.isInteger(extra.id) || extra.id < 100 || name === '' || name.includes(':')) {
      throw new WikiextError(
        ErrorCodes.TITLE_INVALID,
        `Extension namespace ${JSON.stringify(extra)} is invalid: ids of extension namespaces are integers from 100 ` +
          'up (0-99 belong to MediaWiki core) and names are non-empty without ":".',
      );
    }
    const clash = [...this.namesById].find(([id, known]) => id === extra.id || known.toLowerCase() === name.toLowerCase());
    if (clash !== undefined) {
      throw new WikiextError(
        ErrorCodes.TITLE_INVALID,
        `Extension namespace "${name}" (${extra.id}) clashes with the namespace "${clash[1]}" (${clash[0]}): ` +
          'every namespace needs its own number and name.',
      );
    }
    this.namesById.set(extra.id, name);
  }
}
