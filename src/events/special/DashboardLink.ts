import type { Config } from '../../framework/config/Config';

/** Where each instance of `CampaignEventsProgramsAndEventsDashboardInstance` lives (CampaignEvents' registry). */
const DASHBOARD_BASE_URLS: Record<string, string> = {
  production: 'https://outreachdashboard.wmflabs.org/',
  staging: 'https://dashboard-testing.wikiedu.org/',
};

/**
 * The form's "Programs & Events Dashboard" field: a course URL (`<base>courses/<school>/<course>`) stands for the
 * tool event id `<school>/<course>`.
 */
export class DashboardLink {
  private constructor(readonly baseUrl: string) {}

  /** The configured Dashboard, read on each request; null when none is configured (the field is then hidden). */
  static fromConfig(config: Config): DashboardLink | null {
    const instance = config.get<string | null>('CampaignEventsProgramsAndEventsDashboardInstance');
    return instance === null || DASHBOARD_BASE_URLS[instance] === undefined ? null : new DashboardLink(DASHBOARD_BASE_URLS[instance]);
  }

  /** `https://outreachdashboard.wmflabs.org/courses`, as the error message shows it. */
  get coursesUrl(): string {
    return `${this.baseUrl}courses`;
  }

  urlFor(toolEventId: string): string {
    return `${this.coursesUrl}/${toolEventId}`;
  }

  /** The tool event id in a course URL, or null when the URL is not one of this Dashboard's courses. */
  toolEventIdOf(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.origin !== new URL(this.baseUrl).origin) return null;
    const m = /^\/courses\/([^/]+)\/([^/]+)\/?$/.exec(parsed.pathname);
    return m === null ? null : `${decoded(m[1])}/${decoded(m[2])}`;
  }
}

/** A path segment with its percent-escapes undone (kept as is when they are malformed). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
