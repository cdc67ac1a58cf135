import { defineServiceWiring } from '../../../src/framework/services/ServiceWiring';
import { GrantIdStore, GrantIdStoreRef } from './GrantIdStore';

/** GrantId's services. */
export default defineServiceWiring({
  [GrantIdStoreRef.name]: GrantIdStore,
});
