import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseCliArgs, readReplayFile, runCli } from '../../local/simulator';
import { SKILL_ID } from './fixtures/echo-skill';
import { lines, newSimulator } from './helpers';

/** Runs the CLI on piped input; returns everything it printed. */
async function cli(argv: string[], typed: string[] = []): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const printed: Buffer[] = [];
  output.on('data', (chunk: Buffer) => printed.push(chunk));
  input.end(typed.map((l) => `${l}\n`).join(''));
  await runCli(newSimulator(), argv, { input, output });
  return Buffer.concat(printed).toString('utf8').split('\n').filter(Boolean).slice(1); // without the banner
}

describe('simulator CLI and files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'simulator-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const replay = (userInput: string[]): string => {
    const path = join(dir, 'replay.json');
    writeFileSync(path, JSON.stringify({ skillId: SKILL_ID, locale: 'en-US', type: 'text', userInput }));
    return path;
  };

  it('replays a file as a transcript, progressive responses first, cards in brief, and stops at .quit', async () => {
    const printed = await cli(['--replay', replay(['open sales assistant', 'check the pipeline', 'stop', '.quit', 'help'])], ['never read']);
    expect(printed).to.deep.equal([
      'User  > open sales assistant',
      'Alexa > Welcome to sales assistant. What would you like?',
      'User  > check the pipeline',
      'Alexa > One moment, checking Salesforce.',
      'Alexa > Your pipeline is healthy. Time zone America/New_York.',
      'User  > stop',
      'Alexa > Goodbye.',
      'Alexa > [card] Sales Assistant: Come back soon.',
      '        -- session ended (shouldEndSession true)',
    ]);
  });

  it('turns interactive after a replay without .quit, echoing piped lines', async () => {
    const printed = await cli(['-r', replay(['open sales assistant'])], ['help', '.quit', 'never said']);
    expect(printed).to.deep.equal([
      'User  > open sales assistant',
      'Alexa > Welcome to sales assistant. What would you like?',
      'User  > help',
      'Alexa > AMAZON.HelpIntent. Turn 2.',
    ]);
  });

  it('writes --save-skill-io as {"invocations":[{request, response}]}', async () => {
    const path = join(dir, 'io.json');
    await cli(['--save-skill-io', path], ['open sales assistant', 'find the account acme', 'exit']);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { invocations: { request: { request: { type: string } }; response: unknown }[] };
    expect(Object.keys(saved)).to.deep.equal(['invocations']);
    expect(saved.invocations.map((i) => i.request.request.type)).to.deep.equal(['LaunchRequest', 'IntentRequest', 'SessionEndedRequest']);
    expect(saved.invocations[1]!.response).to.deep.include({ version: '1.0', sessionAttributes: { turns: 2 } });
  });

  it('records what was said with .record; replaying the recording gives the same transcript', async () => {
    const path = join(dir, 'recorded.json');
    const first = newSimulator();
    const said = ['open sales assistant', 'schedule a meeting', 'acme', 'yes', 'next friday', '', 'noon', 'no', 'ask sales assistant to say hello'];
    const original = [];
    try {
      for (const u of said) original.push(...lines(await first.say(u)));
      const recorded = await first.input(`.record ${path}`);
      expect(lines(recorded.turns)).to.deep.equal([`system: recorded ${said.length} inputs to ${path}`]);
    } finally {
      await first.close();
    }
    expect(readReplayFile(path)).to.deep.equal({ skillId: SKILL_ID, locale: 'en-US', type: 'text', userInput: said });
    const second = newSimulator();
    try {
      const replayed = await second.runReplay(path);
      expect(replayed.quit).to.equal(false);
      expect(lines(replayed.turns)).to.deep.equal(original);
    } finally {
      await second.close();
    }
  });

  it('rejects unknown options and files that are not replay files', async () => {
    expect(() => parseCliArgs(['--bogus'])).to.throw(/unknown option --bogus/);
    expect(() => parseCliArgs(['--replay'])).to.throw(/--replay needs a file name/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ userInput: 'open sales assistant' }));
    expect(() => readReplayFile(bad)).to.throw(/not a replay file/);
  });
});
