import { defineServiceWiring } from '../framework/services/ServiceWiring';
import { CONTRIBUTION_TRACKING_POLICY, ContributionTrackingPolicy } from './ContributionTrackingPolicy';

export default defineServiceWiring({
  [CONTRIBUTION_TRACKING_POLICY]: ContributionTrackingPolicy,
});
