// Prints one exercise alone: the print styles (src/styles/print.css) hide everything but the section
// marked print-target while body has printing-one. A widget can add classes of
// its own to body for the print, such as the ladder's blank sheet.
export function printExercise(id: string, ...modes: string[]) {
  const section = document.querySelector(`[data-exercise="${id}"]`)?.classList;
  const body = document.body.classList;
  section?.add('print-target');
  body.add('printing-one', ...modes);
  addEventListener(
    'afterprint',
    () => {
      section?.remove('print-target');
      body.remove('printing-one', ...modes);
    },
    { once: true },
  );
  print();
}
