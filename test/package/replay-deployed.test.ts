/**
 * `npm run replay:deployed`: the dialog files replay against the deployed skill only with its id in them, since
 * `ask dialog --replay` reads the id from the file. Checked with ask-cli's own replay-file reader.
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployedSkillId, prepareReplay } from '../../local/replay-deployed';
import { LOCAL_SKILL_ID } from '../../local/stack';

// ask-cli's reader of replay files (what `ask dialog --replay` uses); it ships no types.
const DialogReplayFile = require('ask-cli/dist/lib/model/dialog-replay-file') as new (path: string) => {
  getSkillId(): string; getLocale(): string; getUserInput(): string[];
};

const dialogs = join(__dirname, '../dialogs');
const DEPLOYED = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';

describe('replaying the dialog files against the deployed skill (npm run replay:deployed)', () => {
  let project: string;
  beforeEach(() => {
    project = mkdtempSync(join(tmpdir(), 'replay-'));
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  it('takes the skill id ask deploy saved for the profile, and says what to do without one', () => {
    expect(() => deployedSkillId(project, 'default')).to.throw(/npx ask deploy.*--skill-id/);
    mkdirSync(join(project, '.ask'));
    writeFileSync(join(project, '.ask/ask-states.json'), JSON.stringify({ askcliStatesVersion: '2020-03-31', profiles: { default: { skillId: DEPLOYED }, sandbox: {} } }));
    expect(deployedSkillId(project, 'default')).to.equal(DEPLOYED);
    expect(() => deployedSkillId(project, 'sandbox')).to.throw(/no skill id for profile "sandbox".*--skill-id/);
  });

  const files = readdirSync(dialogs).filter((f) => f.endsWith('.json') && !f.endsWith('.expect.json'));
  it(`gives every dialog file (${files.length}) to ask dialog with the deployed skill's id, the rest unchanged`, () => {
    expect(files).to.not.have.length(0);
    for (const file of files) {
      const original = readFileSync(join(dialogs, file), 'utf8');
      expect(JSON.parse(original).skillId, `${file} is the local skill's`).to.equal(LOCAL_SKILL_ID);
      const { path, args } = prepareReplay(project, join(dialogs, file), DEPLOYED, 'default');
      expect(path).to.equal(join(project, '.ask/replays', file));
      expect(args).to.deep.equal(['dialog', '--replay', `.ask/replays/${file}`, '--profile', 'default']);
      const read = new DialogReplayFile(path);
      expect(read.getSkillId()).to.equal(DEPLOYED);
      expect(read.getLocale()).to.equal(JSON.parse(original).locale);
      expect(read.getUserInput()).to.deep.equal(JSON.parse(original).userInput);
      expect(readFileSync(join(dialogs, file), 'utf8'), 'the committed file stays as it was').to.equal(original);
    }
  });

  it('refuses something that is not a skill id', () => {
    expect(() => prepareReplay(project, join(dialogs, files[0]!), 'M1ABCDEF2GHIJK', 'default')).to.throw(/not a skill id/);
  });
});
