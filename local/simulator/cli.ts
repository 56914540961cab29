/**
 * The typing front end, modelled on `ask dialog`: `User  > …` / `Alexa > …` lines, `--replay <file>`,
 * `--save-skill-io <file>`, `.record <file>` and `.quit`. An empty line is the user staying silent.
 */
import { createInterface } from 'node:readline';
import { writeSkillIo } from './files';
import type { DialogSimulator, Turn } from './simulator';

export interface CliIo {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

interface CliArgs {
  replay?: string;
  saveSkillIo?: string;
  help: boolean;
}

export const USAGE = `Options:
  -r, --replay <file>        say the userInput of an ask-dialog replay file first; without a final ".quit" the
                             session then turns interactive
  --save-skill-io <file>     write every request and response as {"invocations":[{"request","response"}]}
  -h, --help                 show this help
While talking: an empty line is silence, ".record <file>" saves what you said as a replay file, ".touch <JSON>"
touches what sends those SendEvent arguments on the screen (an Echo Show: npm start -- --screen), ".quit" ends.`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (!next) throw new Error(`${arg} needs a file name\n${USAGE}`);
      return next;
    };
    if (arg === '-r' || arg === '--replay') args.replay = value();
    else if (arg === '--save-skill-io') args.saveSkillIo = value();
    else if (arg === '-h' || arg === '--help') args.help = true;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return args;
}

/** How a turn is printed; null for an Alexa turn that said nothing (e.g. a Dialog.Delegate). */
export function formatTurn(turn: Turn): string | null {
  switch (turn.speaker) {
    case 'user':
      return `User  > ${turn.text}`;
    case 'alexa':
      return turn.text ? `Alexa > ${turn.text}` : null;
    case 'system':
      return `        -- ${turn.text}`;
  }
}

/**
 * Runs the conversation until `.quit` or the end of input, then closes the simulator.
 * Typed lines are not echoed on a terminal (they are already on screen); replayed and piped ones are.
 */
export async function runCli(simulator: DialogSimulator, argv: readonly string[], io: CliIo = { input: process.stdin, output: process.stdout }): Promise<void> {
  try {
    const args = parseCliArgs(argv);
    const print = (turns: Turn[], echoUser: boolean): void => {
      for (const turn of turns) {
        const line = turn.speaker === 'user' && !echoUser ? null : formatTurn(turn);
        if (line !== null) io.output.write(`${line}\n`);
      }
      if (args.saveSkillIo) writeSkillIo(args.saveSkillIo, simulator.invocations);
    };
    if (args.help) {
      io.output.write(`${USAGE}\n`);
      return;
    }
    io.output.write('Type what you would say to Alexa. An empty line is silence; .record <file> saves your inputs; .touch ["openDeal", 2] touches a row on a screen; .quit ends.\n');
    if (args.replay) {
      const replay = await simulator.runReplay(args.replay);
      print(replay.turns, true);
      if (replay.quit) return;
    }
    const terminal = io.input.isTTY === true;
    const lines = createInterface({ input: io.input, output: io.output, terminal, prompt: 'User  > ' });
    if (terminal) lines.prompt();
    for await (const line of lines) {
      const { turns, quit } = await simulator.input(line);
      print(turns, !terminal);
      if (quit) break;
      if (terminal) lines.prompt();
    }
    lines.close();
  } finally {
    await simulator.close();
  }
}
