// Chats with the bot through its local try-out page, in Debian's headless Chromium, as a teacher
// would: answers the role question, writes a note about Joost, gives the goal, waits for the needs
// card (an Adaptive Card rendered by Web Chat), takes a screenshot, then presses the card's
// "Klaar, verder" button (an Action.Submit) and waits for the next card.
//
//   node chat.mjs <page url> <screenshot.png> [chromium executable]
//
// Prints one line per step, then "RESULT <json>" (requests the page made, CSP violations, console
// errors). Exit code 0 when every step passed. playwright-core never downloads a browser.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [pageUrl, screenshotPath, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!pageUrl || !screenshotPath) {
    console.error('usage: node chat.mjs <page url> <screenshot.png> [chromium executable]');
    process.exit(2);
}

const NOTE = 'Joost heeft ADHD, gaat discussies aan en pikt instructies onvoldoende op.';
const GOAL = 'de rekeninstructie volgen en daarna zelfstandig aan de slag gaan';
const STEP_TIMEOUT = 15_000;

const started = Date.now();
const requests = [];
const consoleErrors = [];
const step = text => console.log(`STEP ${((Date.now() - started) / 1000).toFixed(1)}s ${text}`);

const userDataDir = await mkdtemp(join(tmpdir(), 'hgw-chromium-'));
let context;
let exitCode = 1;
let cspViolations = [];
try {
    context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        locale: 'nl-NL',
        viewport: { width: 1000, height: 1200 },
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
        ]
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('request', request => requests.push(request.method() + ' ' + request.url()));
    page.on('console', message => {
        if (message.type() === 'error') {
            consoleErrors.push(message.text());
        }
    });
    page.on('pageerror', error => consoleErrors.push('pageerror: ' + error.message));
    await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', event =>
            window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });

    const response = await page.goto(pageUrl);
    step(`page loaded: HTTP ${response.status()}, title "${await page.title()}"`);

    // Web Chat keeps a hidden copy of every message for screen readers: wait for the visible one
    const shown = text => page.getByText(text, { exact: false }).filter({ visible: true }).first().waitFor();
    await shown('Hallo! Ik ben de HGW-assistent');
    await shown('ben je leerkracht');
    step('welcome and role question shown');

    await page.getByRole('button', { name: 'leerkracht', exact: true }).filter({ visible: true }).first().click();
    await shown('Als leerkracht heb je vooral iets aan');
    await page.locator('.ac-adaptiveCard').first().waitFor();
    step('role answered with the suggested action; overview card shown');

    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill(NOTE);
    await sendBox.press('Enter');
    await shown('Eerst het doel: wat wil je dat Joost');
    step('note sent; the bot asks for the goal');

    await sendBox.fill(GOAL);
    await sendBox.press('Enter');
    const needsCard = page.locator('.ac-adaptiveCard', { hasText: 'Onderwijsbehoeften van Joost' });
    await needsCard.waitFor();
    step('goal sent; needs card rendered');

    // let Web Chat finish scrolling and fonts settle, then show the card from its title down
    await page.waitForTimeout(500);
    await needsCard.evaluate(card => card.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath });
    step(`screenshot saved: ${screenshotPath}`);

    await needsCard.getByRole('button', { name: 'Klaar, verder' }).filter({ visible: true }).first().click();
    await page.locator('.ac-adaptiveCard', { hasText: 'Hebben meer leerlingen dit nodig?' }).waitFor();
    step('"Klaar, verder" submitted; reach card rendered');

    cspViolations = await page.evaluate(() => window.__cspViolations);
    exitCode = 0;
} catch (error) {
    console.log(`FAILED ${((Date.now() - started) / 1000).toFixed(1)}s ${error.message.split('\n')[0]}`);
    try {
        const page = context?.pages()[0];
        if (page) {
            await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-failure.png') });
            console.log('TRANSCRIPT ' + JSON.stringify(await page.locator('body').innerText()));
        }
    } catch (ignored) {
        // the failure above is what matters
    }
} finally {
    await context?.close();
    await rm(userDataDir, { recursive: true, force: true });
}
console.log('RESULT ' + JSON.stringify({ requests, cspViolations, consoleErrors }));
process.exit(exitCode);
