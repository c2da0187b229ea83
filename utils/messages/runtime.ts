import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { type RuntimeMessage, runtimeMessageSchema } from './schema';

// The one way ReplyGuard sends and receives runtime messages. Sending validates first, so a
// malformed message is a bug caught where it is made; receiving ignores anything not sent by
// this extension itself and answers an invalid message with an error instead of acting on it.

export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

type Respond = (response: unknown) => void;
export type Listener = (message: unknown, sender: Sender, respond: Respond) => true | undefined;

export const INVALID_MESSAGE = 'invalid message';

/** Validates and sends one message to the background; rejects on an invalid message. */
export function sendRuntimeMessage(message: RuntimeMessage): Promise<unknown> {
  const parsed = runtimeMessageSchema.safeParse(message);
  if (!parsed.success) return Promise.reject(new Error(`${INVALID_MESSAGE}: ${parsed.error.issues[0]?.message}`));
  try {
    return browser.runtime.sendMessage(parsed.data);
  } catch (error) {
    // The extension was reloaded under this page: there is no background to talk to.
    return Promise.reject(error);
  }
}

/**
 * A runtime.onMessage listener for the messages `claims` recognizes: only from this extension,
 * validated by `schema`, answered with the handler's result (or `{ error }`).
 */
export function validatedListener<S extends z.ZodType>(
  schema: S,
  claims: (message: unknown) => boolean,
  handle: (message: z.infer<S>, sender: Sender) => unknown,
  ownId: () => string | undefined = () => browser.runtime.id,
): Listener {
  return (message, sender, respond) => {
    if (!claims(message)) return undefined;
    if (!sender || sender.id !== ownId()) return undefined;
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      respond({ error: INVALID_MESSAGE });
      return undefined;
    }
    Promise.resolve()
      .then(() => handle(parsed.data, sender))
      .then(respond, (error: unknown) => {
        console.error('[ReplyGuard] message handling failed', error);
        respond({ error: String(error) });
      });
    return true;
  };
}
