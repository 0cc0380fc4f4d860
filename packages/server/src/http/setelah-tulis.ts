/**
 * Hooks run after a write route of an instansi has committed: features that
 * keep a short-lived in-process cache of that instansi's data drop it here.
 */
type Kait = (instansiId: string) => void;
const kait = new Set<Kait>();

export function saatInstansiDitulis(fn: Kait): void {
  kait.add(fn);
}

export function instansiDitulis(instansiId: string): void {
  for (const fn of kait) fn(instansiId);
}
