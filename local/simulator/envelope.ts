/**
 * Request envelopes shaped like the ones Alexa posts to a skill
 * (https://developer.amazon.com/docs/custom-skills/request-and-response-json-reference.html).
 */
import { randomUUID } from 'node:crypto';
import type { Intent, RequestEnvelope, SessionEndedReason, SupportedInterfaces, interfaces } from 'ask-sdk-model';

/** The device and account a simulated user talks through. */
export interface Device {
  skillId: string;
  locale: string;
  userId: string;
  deviceId: string;
  /** The account-linking token; absent when the user has not linked an account. */
  accessToken?: string;
  /** Where the skill reaches Alexa's APIs (here, the simulator's local stand-in). */
  apiEndpoint: string;
  /** An Echo Show-like screen (APL); a voice-only Echo when false. */
  screen: boolean;
}

export interface SessionInfo {
  sessionId: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
}

export type DialogState = 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export type RequestBody =
  | { type: 'LaunchRequest' }
  | { type: 'IntentRequest'; intent: Intent; dialogState?: DialogState }
  | { type: 'SessionEndedRequest'; reason: SessionEndedReason; error?: { type: string; message: string } }
  /** A SendEvent of the document on screen (https://developer.amazon.com/docs/alexa-presentation-language/apl-send-event-command.html). */
  | { type: 'Alexa.Presentation.APL.UserEvent'; token: string; arguments: unknown[] };

export const newSessionId = (): string => `amzn1.echo-api.session.${randomUUID()}`;
const newRequestId = (): string => `amzn1.echo-api.request.${randomUUID()}`;

export function buildEnvelope(device: Device, session: SessionInfo, body: RequestBody, at: Date, apiAccessToken: string): RequestEnvelope {
  const application = { applicationId: device.skillId };
  const { type, ...details } = body;
  const user = device.accessToken ? { userId: device.userId, accessToken: device.accessToken } : { userId: device.userId };
  const envelope: RequestEnvelope = {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, attributes: session.attributes, user },
    context: {
      System: {
        application,
        user,
        device: { deviceId: device.deviceId, supportedInterfaces: supportedInterfaces(device) },
        apiEndpoint: device.apiEndpoint,
        apiAccessToken,
      },
      ...(device.screen ? { Viewport: ECHO_SHOW_VIEWPORT, Viewports: [ECHO_SHOW_APL_VIEWPORT] } : {}),
    },
    // Alexa leaves dialogState out for intents without a dialog model; ask-sdk-model types it as required.
    request: {
      type,
      requestId: newRequestId(),
      timestamp: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      locale: device.locale,
      ...details,
    } as RequestEnvelope['request'],
  };
  return envelope;
}

function supportedInterfaces(device: Device): SupportedInterfaces {
  return device.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {};
}

/** An Echo Show 8's viewport (`Viewport` is what ask-sdk's viewport helpers read), enough for skills that branch on screen size. */
const ECHO_SHOW_VIEWPORT: interfaces.viewport.ViewportState = {
  experiences: [{ arcMinuteWidth: 221, arcMinuteHeight: 162, canRotate: false, canResize: false }],
  mode: 'HUB',
  shape: 'RECTANGLE',
  pixelWidth: 1280,
  pixelHeight: 800,
  dpi: 160,
  currentPixelWidth: 1280,
  currentPixelHeight: 800,
  touch: ['SINGLE'],
  keyboard: [],
};

const ECHO_SHOW_APL_VIEWPORT: interfaces.viewport.TypedViewportState = {
  type: 'APL',
  id: 'main',
  shape: 'RECTANGLE',
  dpi: 160,
  presentationType: 'STANDARD',
  canRotate: false,
  configuration: { current: { mode: 'HUB', size: { type: 'DISCRETE', pixelWidth: 1280, pixelHeight: 800 } } },
};
