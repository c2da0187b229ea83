import { z } from 'zod';
import { loopOpeningSchema, threadRefSchema } from './schema';

// Messages to the background, the loops' only writer: from the content script (a request was
// sent, a thread's patient confirmed) and from the popup (close or snooze by hand).

export const loopMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('replyguard:loop-open'), opening: loopOpeningSchema }),
  z.object({ type: z.literal('replyguard:loops-for-thread'), thread: threadRefSchema }),
  z.object({ type: z.literal('replyguard:loop-confirm'), id: z.string(), at: z.number().int().nonnegative() }),
  z.object({ type: z.literal('replyguard:loop-close'), id: z.string() }),
  z.object({ type: z.literal('replyguard:loop-snooze'), id: z.string(), hours: z.number().int().min(1).max(168) }),
]);
export type LoopMessage = z.infer<typeof loopMessageSchema>;

export const isLoopMessage = (message: unknown): boolean =>
  typeof (message as { type?: unknown } | null)?.type === 'string' && (message as { type: string }).type.startsWith('replyguard:loop');
