import { defineServiceWiring } from '../framework/services/ServiceWiring';

/** Services of event registration (filled in by the events capability). */
export default defineServiceWiring({});
