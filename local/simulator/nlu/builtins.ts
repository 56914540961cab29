/**
 * Phrases Alexa maps to the standard built-in intents a skill declares, without the skill listing them
 * (https://developer.amazon.com/docs/custom-skills/standard-built-in-intents.html). A subset of what
 * Alexa understands; a model can add samples to any of these intents.
 */
export const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'can you help me', 'what can i say', 'what can you do', 'what can i do', 'how does this work'],
  // "exit" and "quit" inside a session end it instead (see SESSION_EXIT_PHRASES); in a one-shot
  // ("ask sales assistant to quit") there is no session to end, so they stop like "stop".
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'stop it', 'exit', 'quit'],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'yes please', 'sure thing', 'of course', 'correct', "that's right"],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now'],
  'AMAZON.NextIntent': ['next', 'next one', 'next ones', 'the next one', 'the next ones', 'next five', 'the next five', 'more', 'tell me more', 'keep going', 'go on', 'skip'],
  'AMAZON.PreviousIntent': ['previous', 'previous one', 'the previous one', 'go back', 'back'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'again', 'what was that', 'pardon'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home'],
  'AMAZON.StartOverIntent': ['start over', 'start again', 'restart', 'begin again'],
  'AMAZON.PauseIntent': ['pause', 'pause that', 'hold on'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep playing'],
};

/**
 * While a session is open, "exit" and "quit" close it: the skill gets a SessionEndedRequest with reason
 * USER_INITIATED and cannot answer (https://developer.amazon.com/docs/alexa-gadgets-toolkit/custom-interface-best-practices.html,
 * and SessionEndedRequest's reasons in the request types reference).
 */
export const SESSION_EXIT_PHRASES: readonly string[] = ['exit', 'quit'];

export const YES_INTENT = 'AMAZON.YesIntent';
export const NO_INTENT = 'AMAZON.NoIntent';
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
