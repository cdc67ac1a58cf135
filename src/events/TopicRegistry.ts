/**
 * ORES-style article topics (as CirrusSearch's article topic filters name them) that organizers can pick for an
 * event. Labels are the messages `campaignevents-topic-<id>`.
 */
const TOPICS = [
  'architecture',
  'arts',
  'biography',
  'biology',
  'business-and-economics',
  'chemistry',
  'comics-and-anime',
  'computing',
  'earth-and-environment',
  'education',
  'engineering',
  'entertainment',
  'fashion',
  'films',
  'food-and-drink',
  'geography',
  'history',
  'internet-culture',
  'linguistics',
  'literature',
  'mathematics',
  'medicine-and-health',
  'military-and-warfare',
  'music',
  'philosophy-and-religion',
  'physics',
  'politics-and-government',
  'science',
  'society',
  'sports',
  'technology',
  'transportation',
  'video-games',
  'women',
] as const;

/** The topics an event can be about (CampaignEvents' WikimediaTopicRegistry). @public */
export class TopicRegistry {
  getAllTopics(): string[] {
    return [...TOPICS];
  }

  isValidTopic(id: string): boolean {
    return (TOPICS as readonly string[]).includes(id);
  }

  /** @throws Error for an unknown topic. */
  getTopicMessageKey(id: string): string {
    if (!this.isValidTopic(id)) throw new Error(`Unknown event topic "${id}"; the known topics are ${TOPICS.join(', ')}.`);
    return `campaignevents-topic-${id}`;
  }
}
