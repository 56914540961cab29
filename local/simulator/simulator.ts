/**
 * The dialog simulator: plays Alexa between a typing user and a skill. Each utterance goes through the
 * NLU, becomes a full request envelope, and the skill's response is checked, spoken (as text) and
 * obeyed: session kept or ended, Dialog directives followed, progressive responses shown first.
 */
import { randomUUID } from 'node:crypto';
import type { dialog, er, RequestEnvelope, ResponseEnvelope, SessionEndedReason, ui } from 'ask-sdk-model';
import { AlexaApiServer } from './alexa-api';
import { DialogManager, type DialogStep } from './dialog';
import { buildEnvelope, type Device, type RequestBody } from './envelope';
import { readReplayFile, writeReplayFile, type Invocation, type ReplayFile } from './files';
import type { InteractionModel } from './model';
import { resolve } from './nlu/resolve';
import { sessionOutcome, SkillSession } from './session';
import { cardLine, screenLine, speechText } from './speech';
import { checkResponse, DYNAMIC_ENTITIES, isDialog } from './validate';

/** Anything that answers request envelopes like ask-sdk-core's `Skill`. */
export interface InvocableSkill {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

export interface SimulatorOptions {
  model: InteractionModel;
  skill: InvocableSkill;
  skillId: string;
  /** Default en-US. */
  locale?: string;
  /** Default a fixed simulated account, so state the skill keeps per user survives restarts. */
  userId?: string;
  deviceId?: string;
  /** The account-linking access token; leave out for a user who has not linked an account. */
  accessToken?: string;
  /** The device's IANA time zone, for relative dates and the settings API; default this machine's. */
  timeZone?: string;
  /** The clock; default the real one. */
  now?: () => Date;
  /** Simulate an Echo Show (APL, viewport) instead of a voice-only Echo. */
  screen?: boolean;
}

export interface Turn {
  speaker: 'user' | 'alexa' | 'system';
  text: string;
  /** On the Alexa turn that spoke a skill response: the request that produced it. */
  request?: RequestEnvelope;
  response?: ResponseEnvelope;
}

type Microphone = { state: 'closed' } | { state: 'idle' } | { state: 'listening'; reprompt?: ui.OutputSpeech };

const PROBLEM_SPEECH = "There was a problem with the requested skill's response";
/** Requests Alexa may chain without the user speaking (a Delegate that completes), before the simulator calls it a loop. */
const MAX_CHAINED_REQUESTS = 5;

export class DialogSimulator {
  /** Every request sent and the response it got, for --save-skill-io. */
  readonly invocations: Invocation[] = [];
  /** What the user said so far, for .record. */
  readonly history: string[] = [];
  private readonly device: Omit<Device, 'apiEndpoint'>;
  private readonly timeZone: string;
  private readonly now: () => Date;
  private readonly session = new SkillSession();
  private readonly dialog: DialogManager;
  private readonly api: AlexaApiServer;
  private readonly customTypes: ReadonlySet<string>;
  private mic: Microphone = { state: 'closed' };
  /** The token of the APL document on the screen, while the session that showed it is open. */
  private shown: string | undefined;

  constructor(private readonly options: SimulatorOptions) {
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.now = options.now ?? (() => new Date());
    this.device = {
      skillId: options.skillId,
      locale: options.locale ?? 'en-US',
      userId: options.userId ?? 'amzn1.ask.account.SIMULATED-USER',
      deviceId: options.deviceId ?? 'amzn1.ask.device.SIMULATED-DEVICE',
      accessToken: options.accessToken,
      screen: options.screen ?? false,
    };
    this.dialog = new DialogManager(options.model);
    this.customTypes = new Set((options.model.interactionModel.languageModel.types ?? []).map((t) => t.name));
    this.api = new AlexaApiServer({ deviceId: this.device.deviceId, timeZone: this.timeZone });
  }

  get sessionOpen(): boolean {
    return this.session.isOpen;
  }

  /**
   * The dynamic entities the skill pushed with Dialog.UpdateDynamicEntities and that are in force now, as
   * the directive's `types` (a copy); empty before any REPLACE, after CLEAR, after 30 minutes, and once
   * the session ends.
   */
  get dynamicEntities(): readonly er.dynamic.EntityListItem[] {
    return this.session.dynamicEntityTypes(this.now());
  }

  /** Link (or, with undefined, unlink) the user's account for the requests that follow. */
  setAccessToken(token: string | undefined): void {
    this.device.accessToken = token;
  }

  /** One thing the user says; an empty string is silence. Returns the user's turn and what followed. */
  async say(text: string): Promise<Turn[]> {
    this.history.push(text);
    const turns: Turn[] = [{ speaker: 'user', text }];
    if (text.trim() === '') await this.silence(turns);
    else await this.hear(text, turns);
    return turns;
  }

  /**
   * A touch on the screen whose SendEvent has these arguments: Alexa sends it as an
   * Alexa.Presentation.APL.UserEvent of the document shown, in the open session.
   */
  async touch(args: unknown[]): Promise<Turn[]> {
    const turns: Turn[] = [{ speaker: 'user', text: `(touches the screen: ${JSON.stringify(args)})` }];
    if (!this.device.screen || this.shown === undefined || !this.session.isOpen) {
      turns.push(system('nothing of the skill is on the screen to touch'));
      return turns;
    }
    await this.exchange({ type: 'Alexa.Presentation.APL.UserEvent', token: this.shown, arguments: args }, turns);
    return turns;
  }

  /**
   * A line as `ask dialog` takes it: `.quit` ends, `.record <file>` saves what was said so far as a
   * replay file, `.touch <JSON arguments>` touches the screen, anything else is said.
   */
  async input(line: string): Promise<{ turns: Turn[]; quit: boolean }> {
    const command = line.trim();
    if (command === '.quit') return { turns: [], quit: true };
    const touch = /^\.touch\s+(.+)$/.exec(command);
    if (touch) {
      let args: unknown;
      try {
        args = JSON.parse(touch[1]!);
      } catch {
        return { turns: [system('.touch takes the SendEvent arguments as JSON: .touch ["openDeal", 2]')], quit: false };
      }
      return { turns: await this.touch(Array.isArray(args) ? args : [args]), quit: false };
    }
    const record = /^\.record\s+(.+)$/.exec(command);
    if (record) {
      this.record(record[1]!);
      return { turns: [system(`recorded ${this.history.length} inputs to ${record[1]}`)], quit: false };
    }
    return { turns: await this.say(line), quit: false };
  }

  /** Plays a replay file's inputs; `quit` tells whether it ended with `.quit`. */
  async runReplay(file: string | ReplayFile): Promise<{ turns: Turn[]; quit: boolean }> {
    const replay = typeof file === 'string' ? readReplayFile(file) : file;
    const turns: Turn[] = [];
    if (replay.skillId && replay.skillId !== this.device.skillId) {
      turns.push(system(`the replay file names skill ${replay.skillId}; simulating ${this.device.skillId}`));
    }
    for (const line of replay.userInput) {
      const result = await this.input(line);
      turns.push(...result.turns);
      if (result.quit) return { turns, quit: true };
    }
    return { turns, quit: false };
  }

  record(path: string): void {
    writeReplayFile(path, { skillId: this.device.skillId, locale: this.device.locale, type: 'text', userInput: [...this.history] });
  }

  async close(): Promise<void> {
    await this.api.stop();
  }

  private async hear(text: string, turns: Turn[]): Promise<void> {
    const resolution = resolve(text, this.options.model, {
      inSession: this.session.isOpen,
      expecting: this.dialog.expecting,
      now: this.now(),
      timeZone: this.timeZone,
      skillId: this.device.skillId,
      dynamicEntities: this.session.dynamicEntityIndex(this.now()),
      locale: this.device.locale,
    });
    const invocation = this.options.model.interactionModel.languageModel.invocationName;
    switch (resolution.kind) {
      case 'launch':
        this.dialog.reset();
        return this.exchange({ type: 'LaunchRequest' }, turns);
      case 'intent':
        return this.follow(this.dialog.onUserIntent(resolution.intent, resolution.answered), turns);
      case 'end-session':
        return this.endSession('USER_INITIATED', turns);
      case 'not-for-skill':
        turns.push(system(`not for the skill: no session is open; say "open ${invocation}" or "ask ${invocation} …"`));
        return;
      case 'unmatched':
        turns.push(system('no intent matches and the model declares no AMAZON.FallbackIntent, so Alexa sends nothing'));
        return;
    }
  }

  private async silence(turns: Turn[]): Promise<void> {
    const mic = this.mic;
    if (mic.state === 'closed') {
      turns.push(system('silence: no session is open'));
    } else if (mic.state === 'idle') {
      this.closeSession(turns, 'the screen times out');
    } else if (mic.reprompt) {
      this.mic = { state: 'listening' };
      turns.push(alexa(speechText(mic.reprompt)));
    } else {
      await this.endSession('EXCEEDED_MAX_REPROMPTS', turns);
    }
  }

  private async follow(step: DialogStep, turns: Turn[]): Promise<void> {
    if (step.kind === 'send') return this.exchange(intentRequest(step), turns);
    if (step.kind === 'prompt') {
      this.session.ensureOpen();
      this.mic = { state: 'listening', reprompt: step.speech };
      turns.push(alexa(speechText(step.speech)));
    }
  }

  /** Sends a request and whatever Alexa chains to it (a Delegate that completes the dialog). */
  private async exchange(body: RequestBody, turns: Turn[]): Promise<void> {
    let next: RequestBody | undefined = body;
    for (let sent = 0; next; sent++) {
      if (sent === MAX_CHAINED_REQUESTS) {
        turns.push(system(`stopped after ${sent} requests in a row without the user speaking`));
        return this.endSession('ERROR', turns, 'the dialog loops');
      }
      next = await this.invoke(next, turns);
    }
  }

  /** One request and response; returns the request Alexa sends next on its own, if any. */
  private async invoke(body: RequestBody, turns: Turn[]): Promise<RequestBody | undefined> {
    const { request, response, failure } = await this.call(body, turns);
    if (body.type === 'SessionEndedRequest') {
      // Alexa ignores whatever the skill answers here.
      if (response?.response?.outputSpeech) turns.push(system('warning: Alexa does not speak a response to a SessionEndedRequest'));
      return undefined;
    }
    const problems = failure
      ? [{ severity: 'error' as const, message: failure }]
      : checkResponse(response, { requestType: body.type, dialogState: body.type === 'IntentRequest' ? body.dialogState : undefined, screen: this.device.screen, customTypes: this.customTypes });
    turns.push(...problems.map((p) => system(`${p.severity}: ${p.message}`)));
    const errors = problems.filter((p) => p.severity === 'error');
    if (!response || errors.length > 0) {
      turns.push({ speaker: 'alexa', text: PROBLEM_SPEECH, request, ...(response ? { response } : {}) });
      await this.endSession('ERROR', turns, errors.map((e) => e.message).join('; '));
      return undefined;
    }

    const { response: answer } = response;
    turns.push({ speaker: 'alexa', text: speechText(answer.outputSpeech), request, response });
    const rendered = answer.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
    if (rendered) this.shown = rendered.token ?? '';
    if (answer.card) turns.push(alexa(cardLine(answer.card)));
    if (rendered && 'datasources' in rendered) turns.push(alexa(screenLine(rendered.datasources)));
    this.session.keep(response.sessionAttributes);
    for (const update of (answer.directives ?? []).filter((d): d is dialog.DynamicEntitiesDirective => d.type === DYNAMIC_ENTITIES)) {
      this.session.updateDynamicEntities(update, this.now());
      turns.push(system(update.updateBehavior === 'CLEAR'
        ? 'dynamic entities cleared'
        : `dynamic entities: ${(update.types ?? []).map((t) => `${t.name} (${t.values.length} value${t.values.length === 1 ? '' : 's'})`).join(', ')}`));
    }
    const directive = answer.directives?.find(isDialog);
    if (directive && body.type === 'IntentRequest') {
      const step = this.dialog.onDirective(directive, body.intent);
      if (step.kind === 'send') return intentRequest(step);
      if (step.kind === 'prompt') await this.follow(step, turns);
      else this.mic = { state: 'listening', reprompt: answer.reprompt?.outputSpeech };
      return undefined;
    }
    // A screen event answered with nothing changes nothing: the document stays, and so does the session and what the
    // microphone was doing ([unconfirmed]: not found in Amazon's docs).
    if (body.type === 'Alexa.Presentation.APL.UserEvent' && !answer.outputSpeech && !answer.directives?.length && answer.shouldEndSession === undefined) return undefined;
    this.dialog.reset();
    const outcome = sessionOutcome(answer, this.device.screen);
    if (outcome === 'end') this.closeSession(turns, answer.shouldEndSession === true ? 'shouldEndSession true' : 'no shouldEndSession, on a voice-only device');
    else this.mic = outcome === 'listen' ? { state: 'listening', reprompt: answer.reprompt?.outputSpeech } : { state: 'idle' };
    return undefined;
  }

  /** Sends the request; what the skill said meanwhile through progressive responses goes into `turns`. */
  private async call(body: RequestBody, turns: Turn[]): Promise<{ request: RequestEnvelope; response?: ResponseEnvelope; failure?: string }> {
    const apiEndpoint = await this.api.start();
    const apiAccessToken = `sim.${randomUUID()}`;
    const request = buildEnvelope({ ...this.device, apiEndpoint }, this.session.forRequest(), body, this.now(), apiAccessToken);
    const { requestId } = request.request;
    // Progressive responses are accepted only while Alexa waits for the answer to a launch or an intent.
    if (body.type !== 'SessionEndedRequest') this.api.openRequest(requestId, apiAccessToken);
    try {
      const response = await this.options.skill.invoke(request);
      this.invocations.push({ request, response });
      return { request, response };
    } catch (err) {
      this.invocations.push({ request });
      return { request, failure: `the skill threw: ${err instanceof Error ? err.message : String(err)}` };
    } finally {
      turns.push(...this.api.closeRequest(requestId).map((text) => alexa(text)));
    }
  }

  /** Alexa closes the session and tells the skill why. */
  private async endSession(reason: SessionEndedReason, turns: Turn[], error?: string): Promise<void> {
    if (!this.session.isOpen) return;
    await this.invoke({ type: 'SessionEndedRequest', reason, ...(error ? { error: { type: 'INVALID_RESPONSE', message: error } } : {}) }, turns);
    this.closeSession(turns, reason);
  }

  private closeSession(turns: Turn[], why: string): void {
    this.session.end();
    this.shown = undefined;
    this.dialog.reset();
    this.mic = { state: 'closed' };
    turns.push(system(`session ended (${why})`));
  }
}

/** dialogState only where Alexa sends it: for intents that have a dialog model. */
function intentRequest(step: Extract<DialogStep, { kind: 'send' }>): RequestBody {
  return { type: 'IntentRequest', intent: step.intent, ...(step.dialogState ? { dialogState: step.dialogState } : {}) };
}

function alexa(text: string): Turn {
  return { speaker: 'alexa', text };
}

function system(text: string): Turn {
  return { speaker: 'system', text };
}
