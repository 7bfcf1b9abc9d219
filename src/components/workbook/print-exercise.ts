// Prints one exercise alone: global.css hides everything but the section
// marked print-target while body has printing-one.
export function printExercise(id: string) {
  const section = document.querySelector(`[data-exercise="${id}"]`);
  section?.classList.add('print-target');
  document.body.classList.add('printing-one');
  const done = () => {
    section?.classList.remove('print-target');
    document.body.classList.remove('printing-one');
    removeEventListener('afterprint', done);
  };
  addEventListener('afterprint', done);
  print();
}
