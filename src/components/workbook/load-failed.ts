// Shows an exercise's "did not finish loading" message (in Exercise.astro):
// its island's code, or the part that reads saved answers, could not be
// fetched. Without it the fields would stay greyed out with no reason given.
export function showLoadFailed(from: Element) {
  const message = from.closest('[data-exercise]')?.querySelector<HTMLElement>('.load-failed');
  if (message) message.hidden = false;
}
