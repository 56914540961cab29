/**
 * The skill session as Alexa keeps it: an id, whether the next request is its first, and the
 * attributes the skill returned last.
 */
import type { Response } from 'ask-sdk-model';
import { newSessionId, type SessionInfo } from './envelope';
import { isDialog } from './validate';

export class SkillSession {
  private current?: SessionInfo;

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  /** Opens a session if none is open (Alexa may start talking, e.g. to elicit a slot, before the skill hears anything). */
  ensureOpen(): SessionInfo {
    this.current ??= { sessionId: newSessionId(), isNew: true, attributes: {} };
    return this.current;
  }

  /** The session the next request belongs to; opens one when none is open. */
  forRequest(): SessionInfo {
    const current = this.ensureOpen();
    const snapshot = { ...current };
    current.isNew = false;
    return snapshot;
  }

  /** Alexa sends back what the skill stored; a response without sessionAttributes clears them. */
  keep(attributes: Record<string, unknown> | undefined): void {
    if (this.current) this.current.attributes = attributes ?? {};
  }

  end(): void {
    this.current = undefined;
  }
}

/**
 * What Alexa does after a response (https://developer.amazon.com/docs/custom-skills/manage-skill-session-and-session-attributes.html):
 * - 'listen': the session stays open and the microphone opens (shouldEndSession false or null, or a Dialog directive);
 * - 'idle': the session stays open without listening; only on a screen device showing the skill's visual
 *   content when shouldEndSession is absent (the user must say the wake word again);
 * - 'end': shouldEndSession true, or absent on a voice-only device.
 */
export type SessionOutcome = 'listen' | 'idle' | 'end';

export function sessionOutcome(response: Response, screen: boolean): SessionOutcome {
  const directives = response.directives ?? [];
  if (directives.some(isDialog) || response.shouldEndSession === false || response.shouldEndSession === null) return 'listen';
  if (response.shouldEndSession === true) return 'end';
  const showsSomething = directives.some((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
  return screen && showsSomething ? 'idle' : 'end';
}
