// Key rotation: re-encrypting every personal value under the newest key, phase by phase.
export type Phase = 'leads' | 'history' | 'users' | 'done';
export interface Rotation {
  id: number;
  targetKeyId: number;
  phase: Phase;
  cursor: number;
  rowsDone: number;
  startedAt: Date;
  finishedAt: Date | null;
}
/** The order of the phases. */
export const NEXT_PHASE: Record<Phase, Phase> = { leads: 'history', history: 'users', users: 'done', done: 'done' };
