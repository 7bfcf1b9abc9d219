// "Leave this site": a quick exit for people on a shared device, after GOV.UK's
// "Exit this page". It runs on every page inside the header script, so it stays
// tiny. The header's link, `leave-link`, does the same without JavaScript, only
// without keeping Back from returning here.
//
// Where it goes: the link's own address, LEAVE_URL in src/lib/site.ts (a
// neutral, widely used page, or about:blank). location.replace() swaps this
// page's history entry, so Back cannot return to it; earlier pages of this
// site stay in the history, as the Privacy page explains.

const PRESSES = 3;
// Time allowed between presses: quick enough that Escapes spread through
// ordinary use do not add up, slow enough to hear the start of the hint.
const GAP_MS = 1500;

// Both are in SiteHeader.astro, the only place this script is loaded.
const link = document.getElementById('leave-link') as HTMLAnchorElement;
const live = document.getElementById('leave-status')!;
let count = 0;
let last = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function leave(event?: Event) {
  event?.preventDefault();
  document.body.hidden = true;
  // A reader's passcode lock closes too: the site keeps only the lock's key
  // (and the time of the last input) in sessionStorage, so all of it goes.
  try {
    sessionStorage.clear();
  } catch {
    // Storage refused: there is no key to forget either.
  }
  location.replace(link.href);
}

const say = (text: string) => (live.textContent = text);
// The words come from the page, in its language (SiteHeader.astro): "{n}" is the presses left.
const plural = new Intl.PluralRules(document.documentElement.lang);
const pressesLeft = (n: number) => (plural.select(n) === 'one' ? live.dataset.one! : live.dataset.other!).replace('{n}', String(n));

link.addEventListener('click', leave);
// Space activates buttons; someone pressing it here wants to leave, not to scroll.
link.addEventListener('keydown', (event) => event.key === ' ' && leave(event));

addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.repeat) return;
  clearTimeout(timer);
  // An Escape that something else used starts the count afresh, so closing the
  // search dialog never counts towards leaving. Anything that handles Escape
  // itself must call preventDefault() for this to work.
  const used = event.defaultPrevented || event.isComposing;
  count = used ? 0 : event.timeStamp - last < GAP_MS ? count + 1 : 1;
  last = event.timeStamp;
  if (count >= PRESSES) return leave();
  const more = PRESSES - count;
  say(count ? pressesLeft(more) : '');
  timer = setTimeout(say, GAP_MS, '');
});

// A module, not a script: its names stay its own.
export {};
