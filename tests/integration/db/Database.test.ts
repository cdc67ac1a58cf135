import { expect } from 'chai';
import { type Database } from '../../../src/framework/db/Database';
import { describeEachDatabase } from '../../support/databases';

interface HostTables {
  user: {
    user_id?: number;
    user_name: string;
    user_password: string;
    user_email: string;
    user_email_authenticated: string | null;
    user_registration: string;
    user_editcount?: number;
  };
  block: {
    bl_id?: number;
    bl_user: number;
    bl_by: number;
    bl_reason: string;
    bl_timestamp: string;
    bl_expiry: string;
    bl_sitewide: number;
  };
  objectstash: { keyname: string; value: string; exptime: string | null };
}

const REGISTERED = '20261123000000';

function newUser(name: string) {
  return { user_name: name, user_password: 'scrypt$x', user_email: `${name.toLowerCase()}@example.org`, user_email_authenticated: null, user_registration: REGISTERED };
}

describeEachDatabase('Database', (ctx) => {
  const db = () => ctx.db().as<HostTables>();

  it('returns the new auto-increment id of an insert as a number', async () => {
    const first = await db().insert('user', newUser('Alice'));
    const second = await db().insert('user', newUser('Bob'));
    expect(first).to.equal(1);
    expect(second).to.equal(2);
  });

  it('starts every test with empty tables and ids from 1', async () => {
    const rows = await db().kysely.selectFrom('user').selectAll().execute();
    expect(rows).to.deep.equal([]);
    expect(await db().insert('user', newUser('Carol'))).to.equal(1);
  });

  it('upserts: inserts a missing row, then updates only the named columns of the existing one', async () => {
    await db().upsert('objectstash', { keyname: 'k', value: '"one"', exptime: null }, ['keyname'], ['value', 'exptime']);
    await db().upsert('objectstash', { keyname: 'k', value: '"two"', exptime: '20261124000000' }, ['keyname'], ['value']);
    const rows = await db().kysely.selectFrom('objectstash').selectAll().execute();
    expect(rows).to.deep.equal([{ keyname: 'k', value: '"two"', exptime: null }]);
  });

  it('upserts with no update columns keep the existing row', async () => {
    await db().upsert('objectstash', { keyname: 'k', value: 'first', exptime: null }, ['keyname'], []);
    await db().upsert('objectstash', { keyname: 'k', value: 'second', exptime: null }, ['keyname'], []);
    const row = await db().kysely.selectFrom('objectstash').select('value').executeTakeFirstOrThrow();
    expect(row.value).to.equal('first');
  });

  it('rolls a failed transaction back: nothing it wrote is kept', async () => {
    const failing = db().transaction(async (trx) => {
      await trx.insert('user', newUser('Dave'));
      await trx.insert('user', newUser('Dave')); // unique user_name
    });
    const error = await failing.then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    const rows = await db().kysely.selectFrom('user').selectAll().execute();
    expect(rows).to.have.length(0);
  });

  it('keeps what a successful transaction wrote and returns its result', async () => {
    const id = await db().transaction((trx) => trx.insert('user', newUser('Erin')));
    const row = await db().kysely.selectFrom('user').select('user_name').where('user_id', '=', id).executeTakeFirstOrThrow();
    expect(row.user_name).to.equal('Erin');
  });

  it('runs a transaction again when MariaDB picks it as a deadlock victim, so both writers succeed', async () => {
    const alice = await db().insert('user', newUser('Alice'));
    const bob = await db().insert('user', newUser('Bob'));
    // Each transaction locks one row, waits (briefly: SQLite runs them one after the other) until the other has
    // locked its row, then locks the other row: a textbook deadlock on MariaDB.
    const locked = new Set<number>();
    const otherLocked = async (other: number) => {
      for (let waited = 0; !locked.has(other) && waited < 300; waited += 10) await new Promise((r) => setTimeout(r, 10));
    };
    const bump = (trx: Database<HostTables>, id: number) =>
      trx.kysely.updateTable('user').set((eb) => ({ user_editcount: eb('user_editcount', '+', 1) })).where('user_id', '=', id).execute();
    const crosswise = (first: number, second: number) =>
      db().transaction(async (trx) => {
        await bump(trx, first);
        locked.add(first);
        await otherLocked(second);
        await bump(trx, second);
      });

    await Promise.all([crosswise(alice, bob), crosswise(bob, alice)]);
    const rows = await db().kysely.selectFrom('user').select('user_editcount').orderBy('user_id').execute();
    expect(rows.map((r) => db().readNumber(r.user_editcount))).to.deep.equal([2, 2]);
  });

  it('round-trips booleans through bool() and readBool()', async () => {
    const block = (user: number, sitewide: boolean) => ({
      bl_user: user, bl_by: 9, bl_reason: 'spam', bl_timestamp: REGISTERED, bl_expiry: 'infinity', bl_sitewide: db().bool(sitewide),
    });
    await db().insert('block', block(1, true));
    await db().insert('block', block(2, false));
    const rows = await db().kysely.selectFrom('block').select(['bl_user', 'bl_sitewide']).orderBy('bl_user').execute();
    expect(rows.map((r) => db().readBool(r.bl_sitewide))).to.deep.equal([true, false]);
  });

  it('reads binary and blob columns back as strings, including non-ASCII text', async () => {
    await db().insert('user', { ...newUser('Zoë 日本'), user_password: 'hash€' });
    const row = await db().kysely.selectFrom('user').selectAll().executeTakeFirstOrThrow();
    expect(row.user_name).to.equal('Zoë 日本');
    expect(row.user_password).to.equal('hash€');
    expect(row.user_registration).to.equal(REGISTERED);
    expect(row.user_email_authenticated).to.equal(null);
  });

  it('reads COUNT(*) as a number', async () => {
    for (const name of ['A', 'B', 'C']) await db().insert('user', newUser(name));
    const row = await db().kysely.selectFrom('user').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(db().readNumber(row.n)).to.equal(3);
  });

  it('compares 14-digit timestamps as text in the expected order', async () => {
    const database: Database<HostTables> = db();
    await database.insert('objectstash', { keyname: 'old', value: '1', exptime: '20261123000000' });
    await database.insert('objectstash', { keyname: 'new', value: '2', exptime: '20261124000000' });
    const rows = await database.kysely.selectFrom('objectstash').select('keyname').where('exptime', '<', '20261123120000').execute();
    expect(rows.map((r) => r.keyname)).to.deep.equal(['old']);
  });
});
