/**
 * `npm start`: the local Salesforce org with its demo data, the embedded DynamoDB, and the skill, linked as
 * the demo sales manager through the org's OAuth pages; then a prompt to talk to it as to an Echo.
 *
 *   npm start                                  talk as Maria, the sales manager
 *   npm start -- --as james.rep@summitpeak.demo
 *   npm start -- --as lena.rep@summitpeak.demo    in German: her Salesforce locale is de_DE
 *   npm start -- --locale en-GB                    a device set to English (UK); any locale of models/locales.json
 *   npm start -- --locale es-ES                    in Spanish (what models/locales.json lists as ready)
 *   npm start -- --locale fr-FR                    in French (unpublished: the folders ready in French)
 *   npm start -- --screen                      as on an Echo Show: what the screen shows, and .touch ["openDeal", 2]
 *   npm start -- --replay test/dialogs/top-opportunities.json [--save-skill-io out.json]
 *   WINS_LOSSES_REPORT_ID=00OHs0000000001MAA npm start     the skill's own settings pass through
 */
import { DialogSimulator, loadInteractionModel, runCli } from './simulator';
import { interactionModelFile, readLocales } from '../models/build';
import { deviceLocale } from './deviceLocale';
import { refreshAccessToken } from './link';
import { LOCAL_SKILL_ID, startLocalStack } from './stack';

const PASSED_THROUGH = ['SALESFORCE_API_VERSION', 'LOG_LEVEL', 'SCHEDULE_MEETING_FLOW', 'WINS_LOSSES_REPORT_ID'] as const;

/** What to say first, in the simulated Echo's language. */
const TRY_ENGLISH = [
  'open sales assistant',
  'ask sales assistant for my top three opportunities',
  'top five deals for the team closing this quarter',
  "what about next quarter  ·  and Lena's?  ·  just the ones in commit",
  "how did James do last quarter  ·  what's slipping  ·  who closed the most this quarter",
  "what's the status of the Globex deal  ·  what's my quota attainment",
  "what's my day  ·  push it to next month  ·  log a call with Globex, they want a revised quote",
  'schedule the next sales meeting for Tuesday at ten',
  'next  ·  repeat that  ·  help  ·  stop',
];
const TRY_GERMAN = [
  'öffne sales assistent',
  'frag sales assistent was sind meine top 3 deals  ·  frag sales assistent, welche deals überfällig sind',
  'wie sieht meine pipeline aus  ·  was ist überfällig  ·  wie lief es bei James Carter',
  'erzähl mir mehr über nummer 2  ·  wem gehört der deal',
  'lass uns die pipeline durchgehen  ·  wer ist dran  ·  das wars für heute',
  'plane das sales meeting für nächsten dienstag um 10 uhr',
  'weiter  ·  wiederholen  ·  hilfe  ·  stopp',
];
const TRY_SPANISH = [
  'abre asistente de ventas',
  'pide a asistente de ventas mis 3 mejores oportunidades',
  'cómo va mi pipeline  ·  qué se está retrasando  ·  cómo le fue a James Carter',
  'cuéntame más de la número 2  ·  de quién es el trato',
  'vamos a repasar el pipeline  ·  quién es el siguiente  ·  eso es todo por hoy',
  'programa la reunión de ventas para el martes que viene a las 10',
  'siguiente  ·  repite  ·  ayuda  ·  para',
];
const TRY_FRENCH = [
  'ouvre assistant commercial',
  'demande à assistant commercial quelles sont mes 3 plus grosses affaires',
  "où en est mon pipeline  ·  qu'est-ce qui glisse  ·  et le trimestre prochain",
  "dites-m'en plus sur la 2  ·  à qui appartient cette affaire",
  "qu'avons-nous gagné et perdu ce trimestre  ·  passons en revue le pipeline",
  'planifie la réunion commerciale mardi prochain à 10 heures',
  'suivant  ·  répète  ·  aide  ·  stop',
];
/** By the simulated Echo's language; English for one not written here. */
const TRY: Readonly<Record<string, readonly string[]>> = { en: TRY_ENGLISH, de: TRY_GERMAN, fr: TRY_FRENCH, es: TRY_SPANISH };

/** Alexa refreshes the linked token when defaultTokenExpirationInSeconds (an hour) has passed. */
const TOKEN_REFRESH_MS = 60 * 60 * 1000;

function takeOption(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = argv.splice(at, 2);
  if (!value) throw new Error(`${name} needs a value`);
  return value;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // The skill's own settings pass through; where the org and the table are is this stack's business.
  const env = Object.fromEntries(PASSED_THROUGH.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
  const stack = await startLocalStack({ orgPort: Number(process.env.ORG_PORT ?? 0), env });
  const manager = stack.org.demo.users.find((u) => u.role === 'manager')!;
  const username = takeOption(argv, '--as') ?? manager.username;
  const screen = argv.includes('--screen');
  if (screen) argv.splice(argv.indexOf('--screen'), 1);
  const user = stack.org.store.all('User').find((u) => u.Username === username);
  if (!user) throw new Error(`no demo user ${username}; try one of: ${stack.org.demo.users.map((u) => u.username).join(', ')}`);
  const locale = deviceLocale(takeOption(argv, '--locale'), String(user.LocaleSidKey ?? ''));
  const tokens = await stack.link(username);
  const simulator = new DialogSimulator({
    model: loadInteractionModel(interactionModelFile(locale)),
    locale,
    skill: stack.app.skill,
    skillId: LOCAL_SKILL_ID,
    accessToken: tokens.accessToken,
    timeZone: String(user.TimeZoneSidKey),
    screen,
  });
  const refresh = setInterval(() => {
    refreshAccessToken(stack.oauthClient, tokens.refreshToken).then(
      (token) => simulator.setAccessToken(token),
      (err) => console.error(`could not refresh the linked token: ${err}`),
    );
  }, TOKEN_REFRESH_MS);
  refresh.unref();

  console.log(`Sales Assistant, running locally
  Salesforce org  ${stack.org.url}  (Summit Peak Supplies demo data; npm run org runs it alone)
  DynamoDB        ${stack.dynamo.endpoint}  (dynalite, in memory)
  Linked as       ${user.Name} <${username}>, time zone ${user.TimeZoneSidKey}
  Echo set to     ${locale}${readLocales()[locale]!.published ? '' : ' (not published yet: only the conversations models/locales.json lists as ready)'}
  Device          ${screen ? 'an Echo Show (APL): [screen] lines show what it shows' : 'an Echo without a screen (--screen for an Echo Show)'}

Try:  ${(TRY[locale.split('-')[0]!] ?? TRY_ENGLISH).join('\n      ')}
`);
  try {
    await runCli(simulator, argv);
  } finally {
    clearInterval(refresh);
    await stack.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
