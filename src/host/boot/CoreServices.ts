import type { FeatureFlags } from '../../framework/config/FeatureFlags';
import type { LiveConfig } from '../../framework/config/LiveConfig';
import type { HookContainer } from '../../framework/hooks/HookContainer';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { Logger } from '../../framework/Logger';
import type { ExtensionRegistry } from '../../framework/registry/ExtensionRegistry';
import { serviceRef } from '../../framework/services/ServiceRef';

/**
 * The services every wiki has, under MediaWiki's names. Extensions ask for them by these names in `services`
 * lists and `@inject('MainConfig')`, or by these typed refs.
 */
export const CoreServices = {
  MainConfig: serviceRef<LiveConfig>('MainConfig'),
  FeatureFlags: serviceRef<FeatureFlags>('FeatureFlags'),
  HookContainer: serviceRef<HookContainer>('HookContainer'),
  ExtensionRegistry: serviceRef<ExtensionRegistry>('ExtensionRegistry'),
  MessageLocalizer: serviceRef<MessageLocalizer>('MessageLocalizer'),
  Logger: serviceRef<Logger>('Logger'),
} as const;
