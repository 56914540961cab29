/**
 * The files `ask dialog` reads and writes, in the same formats:
 * a replay file `{"skillId","locale","type":"text","userInput":[…]}` (`--replay`, `.record`) and
 * the skill I/O log `{"invocations":[{"request","response"}]}` (`--save-skill-io`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

export interface ReplayFile {
  skillId: string;
  locale: string;
  type: 'text';
  userInput: string[];
}

export interface Invocation {
  request: RequestEnvelope;
  /** Absent when the skill threw instead of answering. */
  response?: ResponseEnvelope;
}

export function readReplayFile(path: string): ReplayFile {
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<ReplayFile>;
  if (file.type !== 'text' || !Array.isArray(file.userInput) || !file.userInput.every((u) => typeof u === 'string')) {
    throw new Error(`${path}: not a replay file ({"skillId","locale","type":"text","userInput":[…]})`);
  }
  return { skillId: file.skillId ?? '', locale: file.locale ?? '', type: 'text', userInput: file.userInput };
}

export function writeReplayFile(path: string, file: ReplayFile): void {
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n');
}

export function writeSkillIo(path: string, invocations: readonly Invocation[]): void {
  writeFileSync(path, JSON.stringify({ invocations }, null, 2) + '\n');
}
