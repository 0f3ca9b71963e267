/**
 * The episode trace: a filtered view of xstate's inspection stream with one
 * line per settled state change and one per actor result. Actor outputs are
 * kept whole, so the trace is enough to replay an episode; times reported by
 * actors are dropped, so traces of the same seed are byte-identical.
 */
import type { InspectionEvent } from 'xstate';

export type TraceLine =
  | { seq: number; kind: 'transition'; event: string; state: string }
  | { seq: number; kind: 'actor'; actor: string; ok: true; output: unknown }
  | { seq: number; kind: 'actor'; actor: string; ok: false; error: { code: string; message: string } };

const DONE = 'xstate.done.actor.';
const ERROR = 'xstate.error.actor.';

/**
 * Returns an `inspect` callback for `createActor` and the lines it collects.
 * Only events addressed to the root actor are kept: child actors' internals are
 * not part of the episode's record.
 */
export function createTraceRecorder(): { inspect: (event: InspectionEvent) => void; lines: TraceLine[] } {
  const lines: TraceLine[] = [];
  let rootId: string | undefined;
  let lastState = '';
  const inspect = (event: InspectionEvent): void => {
    if (event.type === '@xstate.actor' && rootId === undefined) rootId = event.actorRef.sessionId;
    if (event.actorRef.sessionId !== rootId) return;
    if (event.type === '@xstate.event') {
      const type = event.event.type;
      if (type.startsWith(DONE)) {
        const output = withoutTime((event.event as { output?: unknown }).output);
        lines.push({ seq: lines.length, kind: 'actor', actor: type.slice(DONE.length), ok: true, output });
      } else if (type.startsWith(ERROR)) {
        const error = (event.event as { error?: unknown }).error;
        lines.push({
          seq: lines.length,
          kind: 'actor',
          actor: type.slice(ERROR.length),
          ok: false,
          error: {
            code: (error as { code?: string } | undefined)?.code ?? 'E_INTERNAL',
            message: error instanceof Error ? error.message : String(error),
          },
        });
      }
    } else if (event.type === '@xstate.snapshot') {
      const state = JSON.stringify((event.snapshot as { value?: unknown }).value);
      if (state !== lastState) {
        lastState = state;
        lines.push({ seq: lines.length, kind: 'transition', event: event.event.type, state: JSON.parse(state) as string });
      }
    }
  };
  return { inspect, lines };
}

function withoutTime(output: unknown): unknown {
  if (output && typeof output === 'object' && 'now' in output) {
    const { now: _now, ...rest } = output as Record<string, unknown>;
    return rest;
  }
  return output;
}
