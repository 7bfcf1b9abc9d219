// What appears once a check-in is saved, fetched as one module at that moment.
export { Done } from './Done';
export { History } from './History';
