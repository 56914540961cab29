/**
 * The review under way, in the session: the ids of its deals (read once, when it starts), the part each is in,
 * and where it is. Updates made during it are counted here (update-deal bumps the count) for the summary.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { ReviewPart } from './query';

export interface ReviewState {
  ids: string[];
  parts: ReviewPart[];
  /** The deal in focus, by position in `ids`. */
  at: number;
  /** When the deal in focus was said (ISO): a list read after it is what "next" means. */
  saidAt: string;
  /** Changes made during the review, by kind of update (CloseDate, StageName, won …). */
  changes: Record<string, number>;
}

const KEY = 'review';

export function reviewUnderWay(input: HandlerInput): ReviewState | undefined {
  return input.attributesManager.getSessionAttributes()[KEY] as ReviewState | undefined;
}

export function keepReview(input: HandlerInput, review: ReviewState): void {
  input.attributesManager.getSessionAttributes()[KEY] = review;
}

export function endReview(input: HandlerInput): void {
  delete input.attributesManager.getSessionAttributes()[KEY];
}

/** An update was written while a review is under way: counted for its summary. */
export function noteReviewChange(input: HandlerInput, kind: string): void {
  const review = reviewUnderWay(input);
  if (review) review.changes[kind] = (review.changes[kind] ?? 0) + 1;
}
