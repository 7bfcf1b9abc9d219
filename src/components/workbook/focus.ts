// Focuses an element by id once the redraw under way has drawn it. A button
// that takes the place of the one just used, or a list row just added, is not
// on the page until Preact has rendered, which happens before the next frame.
export const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
