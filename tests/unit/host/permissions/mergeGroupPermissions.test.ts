import { expect } from 'chai';
import { CORE_AVAILABLE_RIGHTS, CORE_GROUP_PERMISSIONS } from '../../../../src/host/permissions/coreRights';
import { mergeGroupPermissions } from '../../../../src/host/permissions/mergeGroupPermissions';

describe('mergeGroupPermissions', () => {
  it('adds the groups and rights of extensions to those of core', () => {
    const merged = mergeGroupPermissions(
      { user: { edit: true } },
      { 'event-organizer': { 'campaignevents-organize-events': true }, user: { 'campaignevents-enable-registration': true } },
    );
    expect(merged).to.deep.equal({
      user: { edit: true, 'campaignevents-enable-registration': true },
      'event-organizer': { 'campaignevents-organize-events': true },
    });
  });

  it('lets the site change any right of any group, core and extension rights alike', () => {
    const merged = mergeGroupPermissions(
      { '*': { edit: true, read: true } },
      { sysop: { 'campaignevents-organize-events': true } },
      { '*': { edit: false }, sysop: { 'campaignevents-organize-events': false }, reviewer: { patrol: true } },
    );
    expect(merged).to.deep.equal({
      '*': { edit: false, read: true },
      sysop: { 'campaignevents-organize-events': false },
      reviewer: { patrol: true },
    });
  });

  it('keeps core\'s value when an extension sets the same right of the same group, as wfArrayPlus2d does', () => {
    expect(mergeGroupPermissions({ '*': { createaccount: true } }, { '*': { createaccount: false } })).to.deep.equal({
      '*': { createaccount: true },
    });
  });

  it('changes none of its inputs', () => {
    const core = { user: { edit: true } };
    const extensions = { user: { move: true } };
    mergeGroupPermissions(core, extensions, { user: { edit: false } });
    expect(core).to.deep.equal({ user: { edit: true } });
    expect(extensions).to.deep.equal({ user: { move: true } });
  });
});

describe('core rights', () => {
  it('give everyone read, edit and createaccount, as MediaWiki does', () => {
    expect(CORE_GROUP_PERMISSIONS['*']).to.include({ read: true, edit: true, createaccount: true });
  });

  it('give userrights to bureaucrats and not to sysops', () => {
    expect(CORE_GROUP_PERMISSIONS.bureaucrat.userrights).to.equal(true);
    expect(CORE_GROUP_PERMISSIONS.sysop).not.to.have.property('userrights');
  });

  it('let sysops block, unblock themselves, delete, protect and edit the interface', () => {
    expect(CORE_GROUP_PERMISSIONS.sysop).to.include({ block: true, unblockself: true, delete: true, protect: true, editinterface: true });
  });

  it('list every right granted to a core group among the available rights, sorted', () => {
    const granted = Object.values(CORE_GROUP_PERMISSIONS).flatMap((rights) => Object.keys(rights));
    expect(CORE_AVAILABLE_RIGHTS).to.include.members(granted);
    expect(CORE_AVAILABLE_RIGHTS).to.deep.equal([...CORE_AVAILABLE_RIGHTS].sort());
  });
});
