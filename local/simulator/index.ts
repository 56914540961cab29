/**
 * The offline dialog simulator: talk to the skill by typing, as `ask dialog` does against Amazon's cloud.
 *
 *   const simulator = new DialogSimulator({ model: loadInteractionModel(path), skill, skillId, accessToken, timeZone });
 *   await runCli(simulator, process.argv.slice(2));   // closes the simulator when the user quits
 */
export { DialogSimulator, type InvocableSkill, type SimulatorOptions, type Turn } from './simulator';
export { runCli, formatTurn, parseCliArgs, USAGE, type CliIo } from './cli';
export { loadInteractionModel, type InteractionModel } from './model';
export { resolve, type Resolution, type NluState, type Expectation } from './nlu/resolve';
export { readReplayFile, writeReplayFile, writeSkillIo, type ReplayFile, type Invocation } from './files';
export { indexDynamicEntities, staticAuthority, dynamicAuthority } from './nlu/slots/entities';
export { DYNAMIC_ENTITIES_TTL_MS } from './session';
