import { inject } from 'tsyringe';
import type { Config } from '../framework/config/Config';

/** Service name of {@link ContributionTrackingPolicy}. */
export const CONTRIBUTION_TRACKING_POLICY = 'CampaignEvents.ContributionTrackingPolicy';

/**
 * The site-level rules for contribution statistics: whether the feature flag is on, and which countries rule it
 * out for in-person and hybrid events. It reads config on every call, so a reloaded settings file takes effect
 * without a restart.
 */
export class ContributionTrackingPolicy {
  constructor(@inject('MainConfig') private readonly config: Config) {}

  /** `CampaignEventsEnableContributionTracking`. */
  isEnabled(): boolean {
    return this.config.get<boolean>('CampaignEventsEnableContributionTracking');
  }

  /**
   * Whether an event held in this country may not collect contribution statistics. The setting maps CLDR codes
   * to English names and only the codes count (the names are for people reading the settings).
   */
  isCountryDisallowed(countryCode: string): boolean {
    return Object.hasOwn(this.disallowedCountries(), countryCode.toUpperCase());
  }

  /** The disallowed CLDR country codes, sorted. */
  disallowedCountryCodes(): string[] {
    return Object.keys(this.disallowedCountries()).sort();
  }

  private disallowedCountries(): Record<string, string> {
    return this.config.get<Record<string, string>>('CampaignEventsContributionTrackingDisallowedCountries');
  }
}
