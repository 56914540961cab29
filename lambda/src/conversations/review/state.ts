/**
 * The review under way: the ids of its deals (read once, when it starts), the part and the rep of each, and
 * where it is. Updates made during it are counted here (update-deal and log-activity tell it) for the summary.
 *
 * It lives in the session, and in the state table under the Salesforce user (not the Echo), for a day: a review
 * paused ("pause the review") or dropped (the session ended, the Echo in another room) resumes where it stopped
 * ("continue the review"). The table copy is written by a response interceptor whenever the review changed, so
 * no step can forget it; a table that fails loses only the resuming, never the turn (state/table.ts cachedRead/cachedWrite).
 */
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { contextOf } from '../../context';
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import { type StateTable, cachedRead, cachedWrite } from '../../state/table';
import type { ReviewPart } from './query';

/** What a change written during the review is counted as (its words are under review.change). */
export type ReviewChange = 'pushed' | 'pulledIn' | 'toCommit' | 'toBestCase' | 'toPipeline' | 'toOmitted' | 'stage' | 'amount' | 'nextStep' | 'won' | 'lost' | 'call' | 'note' | 'reminder';

export interface ReviewState {
  ids: string[];
  parts: ReviewPart[];
  /** Each deal's owner (id), for a review that goes rep by rep; absent when the review is one person's deals. */
  reps?: string[];
  /** The reps' names by id; null for the user's own deals ("your own"). */
  repNames?: Record<string, string | null>;
  /** Whose deals, and the period: the new commit and best-case totals at the end are theirs. */
  owner: Owner;
  period: Period;
  /** The deal in focus, by position in `ids`. */
  at: number;
  /** When the deal in focus was said (ISO): a list read after it is what "next" means. */
  saidAt: string;
  /** Changes made during the review, by kind (pushed, toCommit, won, note …). */
  changes: Partial<Record<ReviewChange, number>>;
}

const KEY = 'review';
/** The review as the request found it (JSON), and whether this request ended it. */
const AT_START = 'review.atStart';
const ENDED = 'review.ended';
/** A review is picked up again the same day or the next; after that its deals have moved on. */
const KEEP_SECONDS = 24 * 3600;

const tableKey = (orgId: string, userId: string) => `review#${orgId}#${userId}`;

export function reviewUnderWay(input: HandlerInput): ReviewState | undefined {
  return input.attributesManager.getSessionAttributes()[KEY] as ReviewState | undefined;
}

export function keepReview(input: HandlerInput, review: ReviewState): void {
  input.attributesManager.getSessionAttributes()[KEY] = review;
}

/** The review is over (wrapped up, or nothing to review): not to be resumed. */
export function endReview(input: HandlerInput): void {
  delete input.attributesManager.getSessionAttributes()[KEY];
  input.attributesManager.getRequestAttributes()[ENDED] = true;
}

/** Paused: out of the session (so "next" pages lists again), kept in the table to be resumed. */
export function pauseReview(input: HandlerInput): void {
  delete input.attributesManager.getSessionAttributes()[KEY];
}

/** A change written during the review, counted for its summary. */
export function noteReviewChange(input: HandlerInput, kind: ReviewChange): void {
  const review = reviewUnderWay(input);
  if (review) review.changes[kind] = (review.changes[kind] ?? 0) + 1;
}

/** The review paused or dropped within the day, from the table; undefined when none (or the table failed). */
export async function storedReview(table: StateTable, orgId: string, userId: string): Promise<ReviewState | undefined> {
  return cachedRead('stored review', () => table.get<ReviewState>(tableKey(orgId, userId)));
}

/** Request side: the review as it arrived, so the response side saves it only when this request changed it. */
export const snapshotReview: RequestInterceptor = {
  process(input) {
    input.attributesManager.getRequestAttributes()[AT_START] = JSON.stringify(reviewUnderWay(input) ?? null);
  },
};

/** Response side: the table gets the review whenever this request changed it, and loses it when it ended. */
export const persistReview: ResponseInterceptor = {
  async process(input) {
    const request = input.attributesManager.getRequestAttributes();
    const review = reviewUnderWay(input);
    const ended = request[ENDED] === true && !review;
    if (!ended && (!review || JSON.stringify(review) === request[AT_START])) return;
    const ctx = contextOf(input);
    const { orgId, userId } = await ctx.identity();
    // Without the table the review goes on in the session; only picking it up in another session is lost.
    await cachedWrite('review', () => (ended ? ctx.table.delete(tableKey(orgId, userId)) : ctx.table.put(tableKey(orgId, userId), review, KEEP_SECONDS)));
  },
};
