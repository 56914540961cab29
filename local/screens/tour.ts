/**
 * What a person says on an Echo Show to see every screen the skill has, in one conversation with the local
 * stack: the render test renders these, and `npm run screens` saves them as pictures.
 */
import { join } from 'node:path';
import type { interfaces } from 'ask-sdk-model';
import { DialogSimulator, loadInteractionModel } from '../simulator';
import { LOCAL_SKILL_ID, type LocalStack } from '../stack';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export const SCREEN_TOUR = [
  { name: 'top-opportunities', say: "ask sales assistant for everyone's top three deals" },
  { name: 'deal-details', say: 'tell me more about the first one' },
  { name: 'pipeline', say: "how is the team's pipeline this year" },
  { name: 'wins-losses', say: 'wins and losses this year' },
  { name: 'review', say: 'start the pipeline review' },
] as const;

export interface TourScreen {
  name: (typeof SCREEN_TOUR)[number]['name'];
  directive: RenderDocument;
}

/** Says the tour's lines as the demo manager on a screen device; each line's RenderDocument directive. */
export async function tourScreens(stack: LocalStack, accessToken: string): Promise<TourScreen[]> {
  const simulator = new DialogSimulator({
    model: loadInteractionModel(join(__dirname, '../../skill-package/interactionModels/custom/en-US.json')),
    skill: stack.app.skill,
    skillId: LOCAL_SKILL_ID,
    accessToken,
    timeZone: 'America/New_York',
    screen: true,
  });
  try {
    const screens: TourScreen[] = [];
    for (const { name, say } of SCREEN_TOUR) {
      const turns = await simulator.say(say);
      const directive = turns.flatMap((t) => t.response?.response.directives ?? []).find((d): d is RenderDocument => d.type === 'Alexa.Presentation.APL.RenderDocument');
      if (!directive) throw new Error(`"${say}" showed nothing: ${turns.map((t) => `${t.speaker}: ${t.text}`).join(' / ')}`);
      screens.push({ name, directive });
    }
    return screens;
  } finally {
    await simulator.close();
  }
}
