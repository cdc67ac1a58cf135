import * as semver from 'semver';
import type { Manifest } from '../manifest/Manifest';

/** One unmet requirement. `type` follows MediaWiki's ExtensionDependencyError. @public */
export interface DependencyProblem {
  extension: string;
  type: 'incompatible-core' | 'missing-extensions' | 'incompatible-extensions' | 'missing-skins';
  message: string;
}

/**
 * Checks every extension's `requires` against the whole set of queued extensions and the host version, after all
 * manifests are read, so queue order does not matter. Every unmet requirement gets its own message.
 * Platform requirements (`php`, `ext-*`, `ability-shell`) do not apply to a Node host and are not checked.
 *
 * @public
 */
export function checkDependencies(
  manifests: ReadonlyMap<string, Manifest>,
  host: { name: string; version: string },
  failedToRead: ReadonlySet<string> = new Set(),
): DependencyProblem[] {
  const problems: DependencyProblem[] = [];
  for (const [name, manifest] of manifests) {
    const requires = manifest.requires ?? {};
    if (requires.MediaWiki !== undefined && !satisfiesVersion(host.version, requires.MediaWiki)) {
      problems.push({
        extension: name,
        type: 'incompatible-core',
        message:
          `${name} is not compatible with this ${host.name} (MediaWiki-compatible version ${host.version}); ` +
          `it requires MediaWiki ${requires.MediaWiki}.`,
      });
    }
    for (const [dep, constraint] of Object.entries(requires.extensions ?? {})) {
      const other = manifests.get(dep);
      if (other === undefined && failedToRead.has(dep)) {
        problems.push({
          extension: name,
          type: 'missing-extensions',
          message: `${name} requires ${dep}, which failed to load (see its problem above).`,
        });
      } else if (other === undefined) {
        problems.push({
          extension: name,
          type: 'missing-extensions',
          message: `${name} requires ${dep} to be installed. Add it to wfLoadExtensions in the settings file.`,
        });
      } else if (constraint.trim() !== '*' && other.version === undefined) {
        problems.push({
          extension: name,
          type: 'incompatible-extensions',
          message: `${dep} does not declare its version, but ${name} requires ${dep} ${constraint}.`,
        });
      } else if (other.version !== undefined && !satisfiesVersion(other.version, constraint)) {
        problems.push({
          extension: name,
          type: 'incompatible-extensions',
          message: `${name} is not compatible with ${dep} ${other.version}; it requires ${dep} ${constraint}.`,
        });
      }
    }
    for (const skin of Object.keys(requires.skins ?? {})) {
      problems.push({
        extension: name,
        type: 'missing-skins',
        message: `${name} requires the skin ${skin}; wikiext has no skins.`,
      });
    }
  }
  return problems;
}

/** semver.satisfies that accepts MediaWiki-style versions such as `1.45.0-alpha` and `1.42`. @internal */
export function satisfiesVersion(version: string, constraint: string): boolean {
  const v = semver.valid(version) ?? semver.valid(semver.coerce(version));
  return v !== null && semver.satisfies(v, constraint, { includePrerelease: true });
}
