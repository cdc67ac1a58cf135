import { serviceRef } from '../framework/services/ServiceRef';
import type { CountryProvider } from './CountryProvider';
import type { DeleteEventCommand } from './DeleteEventCommand';
import type { EditEventCommand } from './EditEventCommand';
import type { EventFactory } from './EventFactory';
import type { EventStore } from './EventStore';
import type { EventTypesRegistry } from './EventTypesRegistry';
import type { OrganizersStore } from './OrganizersStore';
import type { PermissionChecker } from './PermissionChecker';
import type { TopicRegistry } from './TopicRegistry';
import type { WikiLookup } from './WikiLookup';

/**
 * Typed references to the event registration services (`services.get(EventServices.EventStore)`); their names
 * are what `@inject(...)` takes.
 *
 * @public
 */
export const EventServices = {
  EventTypesRegistry: serviceRef<EventTypesRegistry>('CampaignEvents.EventTypesRegistry'),
  CountryProvider: serviceRef<CountryProvider>('CampaignEvents.CountryProvider'),
  TopicRegistry: serviceRef<TopicRegistry>('CampaignEvents.TopicRegistry'),
  WikiLookup: serviceRef<WikiLookup>('CampaignEvents.WikiLookup'),
  EventFactory: serviceRef<EventFactory>('CampaignEvents.EventFactory'),
  EventStore: serviceRef<EventStore>('CampaignEvents.EventStore'),
  OrganizersStore: serviceRef<OrganizersStore>('CampaignEvents.OrganizersStore'),
  PermissionChecker: serviceRef<PermissionChecker>('CampaignEvents.PermissionChecker'),
  EditEventCommand: serviceRef<EditEventCommand>('CampaignEvents.EditEventCommand'),
  DeleteEventCommand: serviceRef<DeleteEventCommand>('CampaignEvents.DeleteEventCommand'),
} as const;
