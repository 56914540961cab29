/**
 * Renders APL documents for real: Amazon's web viewhost (apl-viewhost-web, its APL core compiled to WebAssembly)
 * in Debian's headless Chromium, driven by playwright-core (no browser download). What went wrong comes back as
 * problems: the renderer's own warnings and errors (an unknown component, a bad binding), a runtime error, a page
 * error or a rejected init.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

/**
 * Echo Show screens, in pixels at 160 dpi (1 dp = 1 px): the first Show, 1024×600 (its viewport object in
 * https://developer.amazon.com/docs/alexa-presentation-language/apl-viewport-property.html); a hubLandscapeSmall
 * screen, 960 to 1280 wide and under 600 high, as the Show 5's 960×480
 * (https://developer.amazon.com/docs/alexa-presentation-language/apl-alexa-viewport-profiles-package.html); and the
 * Show 8's 1280×800, as the simulator's Echo Show ([unconfirmed]: the Show 5's and Show 8's sizes themselves).
 */
export const ECHO_SHOW_SIZES = [
  { name: 'echo-show-5', width: 960, height: 480 },
  { name: 'echo-show-1st', width: 1024, height: 600 },
  { name: 'echo-show-8', width: 1280, height: 800 },
] as const;

export type ScreenSize = (typeof ECHO_SHOW_SIZES)[number];

export interface Rendered {
  problems: string[];
  /** The text the screen shows, to check what is on it. */
  text: string;
  png: Buffer;
}

/** Messages the viewhost logs that are about this machine, not the document: its fonts come from Amazon's CDN. */
const OFFLINE_NOISE = [/^W FontUtils/, /^Failed to load resource/];

/** Starting takes a second alone; on a loaded machine far longer, but never this long unless it is stuck. */
const START_TIMEOUT_MS = 90_000;
const START_ATTEMPTS = 3;

export class ScreenRenderer {
  private constructor(
    private readonly browser: BrowserContext,
    private readonly page: Page,
    private readonly profile: string,
    private readonly messages: string[],
  ) {}

  /**
   * Chromium and the viewhost's engine, ready to render. A start that hangs or whose browser dies (seen when another
   * Chromium ran on the same small machine) is given up after a while and tried again, a few times.
   */
  static async start(): Promise<ScreenRenderer> {
    let last: unknown;
    for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      let started: ScreenRenderer | undefined;
      const starting = ScreenRenderer.startOnce().then((r) => (started = r));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Chromium did not start in ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      });
      try {
        return await Promise.race([starting, timeout]);
      } catch (err) {
        last = err;
        // A start that finishes after its time is closed, not leaked.
        void starting.then(() => started?.close(), () => undefined);
      } finally {
        clearTimeout(timer);
      }
    }
    throw last;
  }

  private static async startOnce(): Promise<ScreenRenderer> {
    // A fresh profile for every run (playwright takes it as the persistent context's folder, not as a flag).
    const profile = mkdtempSync(join(tmpdir(), 'apl-chromium-'));
    const browser = await chromium
      .launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        // /dev/shm is small in containers; Chromium's shared memory there crashes it under load.
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      })
      .catch((err: Error) => {
        rmSync(profile, { recursive: true, force: true });
        throw err;
      });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const messages: string[] = [];
    page.on('console', (m) => {
      if ((m.type() === 'warning' || m.type() === 'error') && !OFFLINE_NOISE.some((n) => n.test(m.text()))) messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
    // Nothing leaves the machine: the viewhost's font requests fail at once instead of waiting on the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><html><body style="margin:0;background:#000"></body></html>');
    // tsx compiles runInPage with esbuild's keepNames, whose helper the page lacks.
    await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
    await page.addScriptTag({ content: readFileSync(require.resolve('apl-viewhost-web'), 'utf8') });
    // initEngine() only waits for Emscripten's onRuntimeInitialized: when the engine finished starting before it is
    // called (often, since the script tag above compiles it), that never fires again and the wait never ends.
    await page.evaluate(() => {
      const g = globalThis as unknown as { Module?: { calledRun?: boolean }; AplRenderer: { initEngine(): Promise<void> } };
      return g.Module?.calledRun ? undefined : g.AplRenderer.initEngine();
    });
    return new ScreenRenderer(browser, page, profile, messages);
  }

  /** Renders `document` with `datasources` (as a RenderDocument directive carries them) on a screen of `size`. */
  async render(document: object, datasources: Record<string, unknown>, size: ScreenSize): Promise<Rendered> {
    this.messages.length = 0;
    await this.page.setViewportSize({ width: size.width, height: size.height });
    const result = await this.page.evaluate(runInPage, { document: JSON.stringify(document), datasources, width: size.width, height: size.height });
    const png = await this.page.screenshot({ clip: { x: 0, y: 0, width: size.width, height: size.height } });
    return { problems: [...result.problems, ...this.messages], text: result.text, png };
  }

  async close(): Promise<void> {
    await this.browser.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Runs in the page: one renderer at a time, in a view of the screen's size (viewhost 1.4's options). */
async function runInPage(args: { document: string; datasources: Record<string, unknown>; width: number; height: number }): Promise<{ problems: string[]; text: string }> {
  type Renderer = { init(): Promise<void>; destroy(): void };
  type Element = { style: { cssText: string }; textContent: string | null; innerHTML: string; appendChild(e: Element): void };
  // This project's types have no DOM (it runs on Node); the page's globals, as far as used here.
  const w = globalThis as unknown as {
    AplRenderer: { Content: { create(doc: string): { addData(name: string, json: string): void } | null }; default: { create(options: object): Renderer } };
    shownRenderer?: Renderer;
    document: { body: Element; createElement(tag: string): Element };
  };
  w.shownRenderer?.destroy();
  w.document.body.innerHTML = '';
  const view = w.document.createElement('div');
  view.style.cssText = `position:relative;overflow:hidden;width:${args.width}px;height:${args.height}px`;
  w.document.body.appendChild(view);
  const problems: string[] = [];
  const content = w.AplRenderer.Content.create(args.document);
  if (!content) return { problems: ['the viewhost could not read the document'], text: '' };
  for (const [name, data] of Object.entries(args.datasources)) content.addData(name, JSON.stringify(data));
  const renderer = w.AplRenderer.default.create({
    content,
    view,
    environment: { agentName: 'sales-assistant-tests', agentVersion: '1.0', allowOpenUrl: false, disallowVideo: true },
    viewport: { width: args.width, height: args.height, dpi: 160, shape: 'RECTANGLE', mode: 'HUB' },
    theme: 'dark',
    developerToolOptions: { mappingKey: 'auth-id', writeKeys: ['auth-id'] },
    utcTime: Date.now(),
    localTimeAdjustment: 0,
    onSendEvent: () => undefined,
    onRunTimeError: (error: unknown) => problems.push(`runtime error: ${JSON.stringify(error)}`),
  });
  w.shownRenderer = renderer;
  try {
    await renderer.init();
  } catch (err) {
    problems.push(`init failed: ${String(err)}`);
  }
  // The viewhost lays a Sequence's items out over the next frames: the text is read once they are drawn.
  const frame = () => new Promise<void>((done) => (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame(() => done()));
  for (let i = 0; i < 3; i++) await frame();
  return { problems, text: view.textContent ?? '' };
}
