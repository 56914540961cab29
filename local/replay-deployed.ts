/**
 * Replays a dialog file (test/dialogs/*.json, or one `.record` wrote) against the deployed skill:
 *
 *   npm run replay:deployed -- test/dialogs/top-opportunities.json [--skill-id amzn1.ask.skill.…] [--profile default] [--print]
 *
 * `ask dialog --replay` takes the skill id from the file and ignores `--skill-id` (ask-cli 2.30,
 * lib/commands/dialog/index.js, `_resolvedArguments`), and the files carry the local skill's id. So this writes a
 * copy with the deployed skill's id — `--skill-id`, else the id `ask deploy` saved for the profile in
 * .ask/ask-states.json — under .ask/ (git-ignored) and runs `ask dialog --replay` on it; `--print` only writes the
 * copy and prints the command. The answers come from whoever is linked on your Amazon account, not the demo users.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type ReplayFile, readReplayFile, writeReplayFile } from './simulator/files';

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/;

/** The skill id `ask deploy` saved for a profile (`profiles.<profile>.skillId` in .ask/ask-states.json). */
export function deployedSkillId(projectRoot: string, profile: string): string {
  const states = join(projectRoot, '.ask', 'ask-states.json');
  if (!existsSync(states)) throw new Error(`${states} not found: deploy with \`npx ask deploy\` first, or pass --skill-id`);
  const skillId = (JSON.parse(readFileSync(states, 'utf8')) as { profiles?: Record<string, { skillId?: string }> }).profiles?.[profile]?.skillId;
  if (!skillId) throw new Error(`no skill id for profile "${profile}" in ${states}: pass --skill-id`);
  return skillId;
}

/** The replay file with the deployed skill's id; what the user says is unchanged. */
export function forSkill(file: ReplayFile, skillId: string): ReplayFile {
  if (!SKILL_ID.test(skillId)) throw new Error(`not a skill id: ${skillId} (amzn1.ask.skill.<uuid>)`);
  return { ...file, skillId };
}

/** Writes the copy under .ask/replays/ and returns its path and the ask-cli arguments that replay it. */
export function prepareReplay(projectRoot: string, replayPath: string, skillId: string, profile: string): { path: string; args: string[] } {
  const dir = join(projectRoot, '.ask', 'replays');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, basename(replayPath));
  writeReplayFile(path, forSkill(readReplayFile(replayPath), skillId));
  return { path, args: ['dialog', '--replay', relative(projectRoot, path), '--profile', profile] };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'skill-id': { type: 'string' }, profile: { type: 'string', default: 'default' }, print: { type: 'boolean', default: false } },
  });
  const [replayPath] = positionals;
  if (!replayPath || positionals.length > 1) {
    console.error('usage: npm run replay:deployed -- <replay file> [--skill-id amzn1.ask.skill.…] [--profile default] [--print]');
    process.exit(2);
  }
  const root = join(__dirname, '..');
  const profile = values.profile!;
  const { args } = prepareReplay(root, replayPath, values['skill-id'] ?? deployedSkillId(root, profile), profile);
  console.log(`npx ask ${args.join(' ')}`);
  if (values.print) return;
  // ask-cli is a dev dependency; run its entry with this Node rather than relying on PATH.
  const ask = require.resolve('ask-cli/dist/bin/ask.js');
  const run = spawnSync(process.execPath, [ask, ...args], { cwd: root, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
