/**
 * The skill session as Alexa keeps it: an id, whether the next request is its first, the
 * attributes the skill returned last, and the dynamic entities the skill pushed.
 */
import type { dialog, er, Response } from 'ask-sdk-model';
import { newSessionId, type SessionInfo } from './envelope';
import { EntityIndex, indexDynamicEntities } from './nlu/slots/entities';
import { isDialog } from './validate';

/**
 * How long dynamic entities last: until the session ends, or 30 minutes, whichever comes first.
 * Amazon's page (https://developer.amazon.com/docs/custom-skills/use-dynamic-entities-for-customized-interactions.html)
 * has a section on expiring them at the end of the session, and Amazon's blog says they "only exist for a
 * short duration". [unsure] The 30 minutes come from a secondary source
 * (https://www.talkingtocomputers.com/dynamic-entities-alexa-skills-kit: "the dynamic values will also
 * auto-clean after thirty minutes"); counted here from the last REPLACE.
 */
export const DYNAMIC_ENTITIES_TTL_MS = 30 * 60 * 1000;

interface DynamicEntities {
  types: er.dynamic.EntityListItem[];
  index: Map<string, EntityIndex>;
  since: Date;
}

export class SkillSession {
  private current?: SessionInfo;
  private dynamic?: DynamicEntities;

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

  /**
   * Dialog.UpdateDynamicEntities: REPLACE swaps every dynamic type for the directive's (types it does not
   * name are dropped), CLEAR drops them all. The directive is assumed valid (validate.ts checks it first).
   */
  updateDynamicEntities(directive: dialog.DynamicEntitiesDirective, at: Date): void {
    if (directive.updateBehavior === 'CLEAR') {
      this.dynamic = undefined;
      return;
    }
    const types = structuredClone(directive.types ?? []);
    this.dynamic = { types, index: indexDynamicEntities(types), since: at };
  }

  /** The dynamic types in force at `at` (none once cleared, expired or the session ended). */
  dynamicEntityTypes(at: Date): readonly er.dynamic.EntityListItem[] {
    return this.liveDynamic(at)?.types ?? [];
  }

  /** The dynamic entities in force at `at`, indexed for the NLU; undefined when there are none. */
  dynamicEntityIndex(at: Date): ReadonlyMap<string, EntityIndex> | undefined {
    return this.liveDynamic(at)?.index;
  }

  private liveDynamic(at: Date): DynamicEntities | undefined {
    if (this.dynamic && at.getTime() - this.dynamic.since.getTime() >= DYNAMIC_ENTITIES_TTL_MS) this.dynamic = undefined;
    return this.current ? this.dynamic : undefined;
  }

  /** Dynamic entities end with the session. */
  end(): void {
    this.current = undefined;
    this.dynamic = undefined;
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
