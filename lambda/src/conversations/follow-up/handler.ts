/**
 * "What about next quarter?", "and for the team?", "only James's", "just the ones in commit", "over a million":
 * the last question about deals asked again with the one thing said changed and everything else kept, by the
 * conversation that answered it (top opportunities, wins and losses, the pipeline …).
 */
import { intentHandler } from '../../alexa/intentHandler';
import { answerQuestion, conversationOf } from '../../deals/conversation';
import { type QuestionSlot, hearQuestion, refine } from '../../deals/question';
import { lastQuestion } from '../../state/session';

const SLOTS: readonly QuestionSlot[] = ['scope', 'person', 'period', 'category', 'stage', 'amount', 'count', 'outcome'];

export const followUpHandler = intentHandler(['FollowUpIntent'], async (input, ctx) => {
  const asked = lastQuestion(input);
  const conversation = asked && conversationOf(asked.kind);
  if (!asked || !conversation) return { speech: ctx.t('followUp.nothing'), reprompt: ctx.t('help.reprompt') };
  const identity = await ctx.identity();
  const heard = await hearQuestion(input, ctx, identity, SLOTS);
  if ('ask' in heard) return heard.ask;
  // What it cannot honour ("and for the team" from a rep, "what about spring") is said, as in a first question.
  return answerQuestion(input, ctx, identity, conversation, refine(asked.question, heard.question, heard.said), heard.notes);
});
