import { expect } from 'chai';
import { CoreServices } from '../../../../src/framework/core/CoreServices';
import { describeEachDatabase } from '../../../support/databases';
import { createTestHost } from '../../../support/hostFixture';

describeEachDatabase('A host on a database it was given', (ctx) => {
  it('leaves the connection open for its owner when it closes', async () => {
    const first = await createTestHost({ db: ctx.db() });
    // The Database service is created, so the container would destroy it on close.
    first.wiki.services.get(CoreServices.Database);
    await first.close();

    const second = await createTestHost({ db: ctx.db() });
    try {
      await second.users.createUser('Still Open', 'still-open-password', {});
      expect((await second.users.getUserByName('Still Open'))?.name).to.equal('Still Open');
    } finally {
      await second.close();
    }
  });
});
