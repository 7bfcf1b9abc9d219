// A box that is full says so. `maxlength` keeps only what fits, silently, so
// a long paste would lose its end without a word. Before text goes in, this
// checks whether it fits, and if not tells the reader through the browser's
// own validation message, beside the field and read out by screen readers.
// What fits is still kept. One listener on the exercise covers every box.

/** `say` gives the message in the page's language (the frame's `fields.boxFull`). */
export function warnWhenFull(event: InputEvent, say: (max: number) => string) {
  const box = event.target;
  if (!(box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement) || box.maxLength < 0) return;
  if (!event.inputType.startsWith('insert')) return box.setCustomValidity('');
  const adding = (event.data ?? event.dataTransfer?.getData('text/plain') ?? '').length;
  const selected = (box.selectionEnd ?? 0) - (box.selectionStart ?? 0);
  if (box.value.length - selected + adding <= box.maxLength) return box.setCustomValidity('');
  box.setCustomValidity(say(box.maxLength));
  box.reportValidity();
}

/** Leaving the box ends the warning, so nothing stays marked invalid. */
export function endFullWarning(event: FocusEvent) {
  const box = event.target;
  if (box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement) box.setCustomValidity('');
}
