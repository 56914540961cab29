/**
 * Integration-test helpers: one local stack (org emulator over HTTP, dynalite, the real skill) per suite,
 * and conversations held through the dialog simulator, so every test goes text → NLU → envelope → skill →
 * jsforce → org and DynamoDB, like a user at `npm start`.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { DialogSimulator, type InteractionModel, type InvocableSkill, type Turn, loadInteractionModel } from '../../local/simulator';
import { interactionModelFile } from '../../models/build';
import { LOCAL_SKILL_ID, type LocalStack, type LocalStackOptions, startLocalStack } from '../../local/stack';
import { MAX_TURN_WORDS, describeLength, spokenLength, spokenParts } from './spokenLength';

const models = new Map<string, InteractionModel>();
/** The interaction model Alexa has for a locale: the skill package's, or models/unpublished/ for one not yet published. */
function modelOf(locale: string): InteractionModel {
  if (!models.has(locale)) models.set(locale, loadInteractionModel(interactionModelFile(locale)));
  return models.get(locale)!;
}

/** Each simulator runs a small Alexa API server; the suite's after hook stops them with the stack. */
const simulators = new Set<DialogSimulator>();

/** Starts a stack before the suite and closes it after; the getter is valid inside tests and hooks. */
export function useLocalStack(options: LocalStackOptions = {}): () => LocalStack {
  let stack: LocalStack | undefined;
  before(async () => {
    stack = await startLocalStack({ logLevel: 'error', ...options });
  });
  after(async () => {
    await Promise.all([...simulators].map((s) => s.close()));
    simulators.clear();
    await stack?.close();
  });
  return () => {
    if (!stack) throw new Error('the local stack is not running');
    return stack;
  };
}

/** Throws when anything Alexa says in `turns` takes longer than a turn may (25 s at 150 words a minute). */
export function expectShortTurns(turns: readonly Turn[], after: string): void {
  for (const { what, ssml } of spokenParts(turns)) {
    const length = spokenLength(ssml);
    if (length.words > MAX_TURN_WORDS) {
      throw new Error(`Alexa's ${what} after ${after} is too long to hear (${describeLength(length)}, at most ${MAX_TURN_WORDS} words): ${ssml}`);
    }
  }
}

export interface Answer {
  speech: string;
  ssml: string;
  response: ResponseEnvelope;
  turns: Turn[];
}

export interface Talk {
  simulator: DialogSimulator;
  /** Says one line and returns what Alexa said (speech as text) and the raw response; fails on a turn too long to hear. */
  say(text: string): Promise<Answer>;
  /** Touches what sends these SendEvent arguments on the screen (a `screen: true` device); Alexa's answer as for say. */
  touch(args: unknown[]): Promise<Answer>;
}

function answerIn(turns: Turn[], after: string): Answer {
  expectShortTurns(turns, after);
  const answer = [...turns].reverse().find((t) => t.speaker === 'alexa' && t.response);
  if (!answer?.response) throw new Error(`no answer to ${after}: ${JSON.stringify(turns)}`);
  const speech = answer.response.response.outputSpeech;
  return {
    speech: answer.text,
    ssml: speech?.type === 'SSML' ? speech.ssml : '',
    response: answer.response,
    turns,
  };
}

export function talkTo(
  stack: LocalStack,
  options: { accessToken?: string; userId?: string; timeZone?: string; skill?: InvocableSkill; screen?: boolean; now?: () => Date; locale?: string } = {},
): Talk {
  const locale = options.locale ?? 'en-US';
  const simulator = new DialogSimulator({
    model: modelOf(locale),
    locale,
    skill: options.skill ?? stack.app.skill,
    skillId: LOCAL_SKILL_ID,
    accessToken: options.accessToken,
    userId: options.userId,
    timeZone: options.timeZone ?? 'America/New_York',
    screen: options.screen,
    now: options.now,
  });
  simulators.add(simulator);
  return {
    simulator,
    say: async (text) => answerIn(await simulator.say(text), `"${text}"`),
    touch: async (args) => answerIn(await simulator.touch(args), `a touch sending ${JSON.stringify(args)}`),
  };
}

/** An answer's speech with every run of white space one space (French sets a narrow no-break space in "80 000"). */
export async function flatSpeech(answer: Promise<Answer>): Promise<string> {
  return (await answer).speech.replace(/\s+/g, ' ');
}

export function demoUser(stack: LocalStack, role: 'manager' | 'rep') {
  return stack.org.demo.users.find((u) => u.role === role)!;
}

/**
 * The demo manager on a device set to `locale`, linked through the org's OAuth pages before the suite: `talk()` starts
 * a conversation in her time zone (on the suite's clock, `now`, if it has one); `timeZone()` and `userId()` are hers.
 */
export function managerIn(stack: () => LocalStack, locale: string, now?: () => Date) {
  let linked: { token: string; timeZone: string; userId: string } | undefined;
  before(async () => {
    const user = demoUser(stack(), 'manager');
    const timeZone = String(stack().org.store.get('User', user.id)!.TimeZoneSidKey);
    linked = { token: (await stack().link(user.username)).accessToken, timeZone, userId: user.id };
  });
  const get = () => {
    if (!linked) throw new Error('the demo manager is not linked yet');
    return linked;
  };
  return {
    talk: () => talkTo(stack(), { accessToken: get().token, locale, timeZone: get().timeZone, ...(now ? { now } : {}) }),
    timeZone: () => get().timeZone,
    userId: () => get().userId,
  };
}

/** Links the demo manager and a demo rep through the org's OAuth pages before the suite; their access tokens. */
export function linkDemoUsers(stack: () => LocalStack): () => { manager: string; rep: string } {
  let tokens: { manager: string; rep: string } | undefined;
  before(async () => {
    const [manager, rep] = await Promise.all([stack().link(demoUser(stack(), 'manager').username), stack().link(demoUser(stack(), 'rep').username)]);
    tokens = { manager: manager.accessToken, rep: rep.accessToken };
  });
  return () => {
    if (!tokens) throw new Error('the demo users are not linked yet');
    return tokens;
  };
}
