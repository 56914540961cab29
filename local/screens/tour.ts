/**
 * What a person says on an Echo Show to see every screen the skill has, in one conversation with the local
 * stack: the render test renders these, and `npm run screens` saves them as pictures.
 */
import type { interfaces } from 'ask-sdk-model';
import { DialogSimulator, loadInteractionModel } from '../simulator';
import { LOCAL_SKILL_ID, type LocalStack } from '../stack';
import { interactionModelFile } from '../../models/build';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export const SCREEN_TOUR = [
  { name: 'top-opportunities', say: "ask sales assistant for everyone's top three deals" },
  { name: 'deal-details', say: 'tell me more about the first one' },
  { name: 'pipeline', say: "how is the team's pipeline this year" },
  { name: 'wins-losses', say: 'wins and losses this year' },
  { name: 'review', say: 'start the pipeline review' },
] as const;

type ScreenName = (typeof SCREEN_TOUR)[number]['name'];

/**
 * The same tour in German, whose words are the longest of the skill's languages ("Geschlossen und gewonnen",
 * "Entscheider identifizieren"): what no English screen would show, a label too long for its column.
 */
export const GERMAN_SCREEN_TOUR: readonly { name: ScreenName; say: string }[] = [
  { name: 'top-opportunities', say: 'frag sales assistent was sind meine top 3 deals' },
  { name: 'deal-details', say: 'erzähl mir mehr über nummer 1' },
  { name: 'pipeline', say: 'wie sieht meine pipeline aus' },
  { name: 'wins-losses', say: 'was sind meine gewinne' },
  { name: 'review', say: 'lass uns die pipeline durchgehen' },
];

export interface TourScreen {
  name: ScreenName;
  directive: RenderDocument;
}

/** Says the tour's lines as the demo manager on a screen device in `locale`; each line's RenderDocument directive. */
export async function tourScreens(stack: LocalStack, accessToken: string, locale = 'en-US'): Promise<TourScreen[]> {
  const tour = locale === 'en-US' ? SCREEN_TOUR : GERMAN_SCREEN_TOUR;
  const simulator = new DialogSimulator({
    locale,
    model: loadInteractionModel(interactionModelFile(locale)),
    skill: stack.app.skill,
    skillId: LOCAL_SKILL_ID,
    accessToken,
    timeZone: 'America/New_York',
    screen: true,
  });
  try {
    const screens: TourScreen[] = [];
    for (const { name, say } of tour) {
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
