import { inject } from 'tsyringe';
import type { BlockManager } from '../framework/core/BlockManager';
import type { PageLookup } from '../framework/core/PageLookup';
import type { PermissionManager } from '../framework/core/PermissionManager';
import type { TitleParser } from '../framework/core/Title';
import { isRegistered, type UserIdentity } from '../framework/core/UserIdentity';
import type { ExistingEventRegistration } from './EventRegistration';
import { OrganizersStore } from './OrganizersStore';

/** The rights this extension declares in extension.json (AvailableRights). */
export const RIGHT_ENABLE_REGISTRATION = 'campaignevents-enable-registration';
export const RIGHT_ORGANIZE_EVENTS = 'campaignevents-organize-events';
export const RIGHT_DELETE_REGISTRATION = 'campaignevents-delete-registration';

/**
 * Who may do what with event registrations (CampaignEvents' PermissionChecker, reference 1.2). Only named
 * (registered) users act on registrations, and a sitewide block takes every organizer right away.
 *
 * @public
 */
export class PermissionChecker {
  constructor(
    @inject('PermissionManager') private readonly permissions: PermissionManager,
    @inject('BlockManager') private readonly blocks: BlockManager,
    @inject('PageStore') private readonly pages: PageLookup,
    @inject('TitleParser') private readonly titles: TitleParser,
    @inject('CampaignEvents.OrganizersStore') private readonly organizers: OrganizersStore,
  ) {}

  /** Named, with the enable-registration right, not blocked sitewide. */
  userCanEnableRegistrations(user: UserIdentity): Promise<boolean> {
    return this.isNamedUnblockedWithRight(user, RIGHT_ENABLE_REGISTRATION);
  }

  /** As `userCanEnableRegistrations`, and the user created the page (wrote its first revision). */
  async userCanEnableRegistration(user: UserIdentity, page: { namespace: number; dbKey: string }): Promise<boolean> {
    if (!(await this.userCanEnableRegistrations(user))) return false;
    const record = await this.pages.getPageByTitle(this.titles.makeTitle(page.namespace, page.dbKey));
    if (record === null) return false;
    const first = await this.pages.getFirstRevision(record.id);
    return first !== null && first.user.id === user.id;
  }

  /** Named, with the organize-events right, not blocked sitewide. */
  userCanOrganizeEvents(user: UserIdentity): Promise<boolean> {
    return this.isNamedUnblockedWithRight(user, RIGHT_ORGANIZE_EVENTS);
  }

  /** An organizer of the event who may still enable registrations or organize events. */
  async userCanEditRegistration(user: UserIdentity, event: ExistingEventRegistration): Promise<boolean> {
    if (!(await this.userCanEnableRegistrations(user)) && !(await this.userCanOrganizeEvents(user))) return false;
    return this.organizers.isEventOrganizer(event.id, user.id);
  }

  /**
   * Anyone who may edit it, or a user with the delete-registration right (sysops). Unlike CampaignEvents, a
   * sitewide block takes the delete right away too: blocked users may not delete registrations.
   */
  async userCanDeleteRegistration(user: UserIdentity, event: ExistingEventRegistration): Promise<boolean> {
    return (await this.isNamedUnblockedWithRight(user, RIGHT_DELETE_REGISTRATION)) || this.userCanEditRegistration(user, event);
  }

  private async isNamedUnblockedWithRight(user: UserIdentity, right: string): Promise<boolean> {
    if (!isRegistered(user) || !(await this.permissions.userHasRight(user, right))) return false;
    const block = await this.blocks.getBlock(user);
    return block === null || !block.sitewide;
  }
}
