/**
 * Replays every dialog under test/dialogs/ — files in `ask dialog`'s replay format, so the same file runs
 * against the deployed skill (`npm run replay:deployed`, which writes the deployed skill's id in) — through the
 * simulator and the local stack, and
 * checks each Alexa answer against the patterns in the <name>.expect.json beside it, and that no answer takes
 * longer than a turn may.
 */
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectShortTurns, talkTo, useLocalStack } from './support/conversation';
import { readReplayFile, type Turn } from '../local/simulator';

const dir = join(__dirname, 'dialogs');
/** A Wednesday morning in New York (the org's zone), in the year's last quarter: every replay's today. */
const REPLAY_DAY = new Date('2026-11-25T15:00:00Z');
const dialogs = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expect.json'));

/** The turns after each thing the user said, with what they said. */
function exchanges(turns: readonly Turn[]): [string, Turn[]][] {
  const result: [string, Turn[]][] = [];
  for (const turn of turns) {
    if (turn.speaker === 'user') result.push([turn.text, []]);
    else result.at(-1)?.[1].push(turn);
  }
  return result;
}

describe('dialog replay files (test/dialogs)', () => {
  for (const file of dialogs) {
    const { locale } = readReplayFile(join(dir, file));
    // Each file on an org and a table of its own (what one replay writes, a meeting or the last briefing, is no
    // other's), all on the same day: the answers are one outcome whatever day the tests run.
    describe(file, () => {
      const stack = useLocalStack({ clock: () => REPLAY_DAY });
      it(`in ${locale || 'en-US'}`, async () => {
        const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.json$/, '.expect.json')), 'utf8')) as { user: string | null; alexa: string[] };
        const accessToken = expected.user ? (await stack().link(expected.user)).accessToken : undefined;
        // The replay file's locale is the device's: the dialogs run in every locale they are written for.
        const { simulator } = talkTo(stack(), { accessToken, locale: locale || 'en-US', now: () => REPLAY_DAY });
        const { turns } = await simulator.runReplay(join(dir, file));
        for (const [said, answer] of exchanges(turns)) expectShortTurns(answer, `"${said}" in ${file}`);
        const answers = turns.filter((t) => t.speaker === 'alexa' && t.text && !t.text.startsWith('[')).map((t) => t.text);
        expect(answers, answers.join('\n')).to.have.length(expected.alexa.length);
        expected.alexa.forEach((pattern, i) => expect(answers[i]).to.match(new RegExp(pattern)));
      });
    });
  }
});
