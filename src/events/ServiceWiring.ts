import { defineServiceWiring } from '../framework/services/ServiceWiring';
import { CountryProvider } from './CountryProvider';
import { DeleteEventCommand } from './DeleteEventCommand';
import { EditEventCommand } from './EditEventCommand';
import { EventFactory } from './EventFactory';
import { EventServices } from './EventServices';
import { EventStore } from './EventStore';
import { EventTypesRegistry } from './EventTypesRegistry';
import { OrganizersStore } from './OrganizersStore';
import { PermissionChecker } from './PermissionChecker';
import { TopicRegistry } from './TopicRegistry';
import { WikiLookup } from './WikiLookup';

/** Services of event registration, built by their `@inject` constructors. */
export default defineServiceWiring({
  [EventServices.EventTypesRegistry.name]: EventTypesRegistry,
  [EventServices.CountryProvider.name]: CountryProvider,
  [EventServices.TopicRegistry.name]: TopicRegistry,
  [EventServices.WikiLookup.name]: WikiLookup,
  [EventServices.EventFactory.name]: EventFactory,
  [EventServices.EventStore.name]: EventStore,
  [EventServices.OrganizersStore.name]: OrganizersStore,
  [EventServices.PermissionChecker.name]: PermissionChecker,
  [EventServices.EditEventCommand.name]: EditEventCommand,
  [EventServices.DeleteEventCommand.name]: DeleteEventCommand,
});
