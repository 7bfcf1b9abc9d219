import { chromium } from 'playwright';
const [url, out, width = '390', scheme = 'light', action = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
const requests = [];
page.on('request', (r) => requests.push(r.url()));
await page.goto(url);
await page.waitForTimeout(800);
if (action) { await eval(`(async () => { ${action} })()`); await page.waitForTimeout(500); }
await page.screenshot({ path: out, fullPage: true });
console.log('errors:', errors);
console.log('requests:', requests.map((u) => u.replace(/^https?:\/\/[^/]+/, '')).join('\n'));
await browser.close();
