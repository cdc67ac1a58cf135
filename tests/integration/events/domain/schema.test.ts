import { expect } from 'chai';
import { CAMPAIGN_EVENTS_TABLES } from '../../../../src/events/SchemaChangesHandler';
import { SchemaInspector } from '../../../../src/framework/db/schema/SchemaInspector';
import { describeEachDatabase } from '../../../support/databases';
import { startDomainWiki } from './domainFixture';

describeEachDatabase('CampaignEvents schema', (ctx) => {
  it('is created by the host schema update from sql/tables.json', async () => {
    const db = await ctx.emptyDatabase();
    const wiki = await startDomainWiki(db);
    try {
      const tables = await new SchemaInspector(db).tableNames();
      expect(tables).to.include.members([...CAMPAIGN_EVENTS_TABLES]);
    } finally {
      await wiki.close();
    }
  });
});
