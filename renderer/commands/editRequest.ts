import { editCommands, type EditCommands, type EditPayload } from './editCommands';

/** One edit, as data: an action's name and its payload. What a text field hands over after typing. */
export type EditRequest = { [N in keyof EditCommands]: { name: N; payload: EditPayload<N> } }[keyof EditCommands];

export function editRequest<N extends keyof EditCommands>(name: N, payload: EditPayload<N>): EditRequest {
  return { name, payload } as EditRequest;
}

/** Which field a request writes (e.g. the afspraken of one team's element): successive typing shares it. */
export function requestField(request: EditRequest): string {
  const action = editCommands[request.name] as { coalesceKey?(payload: unknown): string };
  return `${request.name}:${action.coalesceKey?.(request.payload) ?? JSON.stringify(request.payload)}`;
}
