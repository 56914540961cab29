/** Shared set-up for the simulator tests: a fixed clock and time zone, the fixture model and echo skill. */
import { join } from 'node:path';
import { DialogSimulator, loadInteractionModel, resolve, type SimulatorOptions, type Turn } from '../../local/simulator';
import { interactionModelFile } from '../../models/build';
import type { NluState } from '../../local/simulator';
import { buildEchoSkill, SKILL_ID } from './fixtures/echo-skill';

/** Thursday 2026-11-26, 10:00 in New York. */
export const NOW = new Date('2026-11-26T15:00:00Z');
export const TIME_ZONE = 'America/New_York';

export const fixtureModel = loadInteractionModel(join(__dirname, 'fixtures/model.json'));
export const realModel = loadInteractionModel(join(__dirname, '../../skill-package/interactionModels/custom/en-US.json'));

export function nluState(inSession: boolean, extra: Partial<NluState> = {}): NluState {
  return { inSession, now: NOW, timeZone: TIME_ZONE, skillId: SKILL_ID, ...extra };
}

export function newSimulator(options: Partial<SimulatorOptions> = {}): DialogSimulator {
  return new DialogSimulator({
    model: fixtureModel,
    skill: buildEchoSkill(),
    skillId: SKILL_ID,
    timeZone: TIME_ZONE,
    now: () => NOW,
    accessToken: 'linked-token',
    ...options,
  });
}

/** The transcript as `speaker: text` lines. */
export function lines(turns: readonly Turn[]): string[] {
  return turns.map((t) => `${t.speaker}: ${t.text}`);
}

/** What Alexa said aloud, in order. */
export function spoken(turns: readonly Turn[]): string[] {
  return turns.filter((t) => t.speaker === 'alexa' && t.text).map((t) => t.text);
}

/**
 * What the NLU hears in `locale` for a request in an open session: the intent and its filled slots' resolved ids (or
 * values as said); throws when the words reach no intent.
 */
export function heardIn(locale: string): (utterance: string) => { intent: string; slots: Record<string, string> } {
  const model = loadInteractionModel(interactionModelFile(locale));
  return (utterance) => {
    const resolution = resolve(utterance, model, nluState(true, { locale }));
    if (resolution.kind !== 'intent') throw new Error(`"${utterance}": ${JSON.stringify(resolution)}`);
    const slots: Record<string, string> = {};
    for (const [name, slot] of Object.entries(resolution.intent.slots ?? {})) {
      const id = slot.resolutions?.resolutionsPerAuthority?.find((r) => r.status.code === 'ER_SUCCESS_MATCH')?.values[0]?.value.id;
      if (slot.value) slots[name] = id ?? slot.value;
    }
    return { intent: resolution.intent.name, slots };
  };
}
