// Runs in Node inside @web/test-runner (registered in web-test-runner.config.mjs): keyboard input for the
// WebDriver launcher (WebKit), where @web/test-runner-commands falls short. Its `sendKeys` hands a whole
// text to webdriverio's `keys()`, which presses every key down and then every key up — a chord, not
// typing: "banner" arrives as "baner" — and it has no key holds (`down`/`up`) for Shift+Tab or Ctrl+End.
// `webdriver-type` types one key after another, in one action sequence; `webdriver-chord` presses keys
// together (modifiers first). `webdriver-viewport` sizes the page's viewport (the window less whatever the browser
// draws around the page), which @web/test-runner-commands' setViewport does only for puppeteer and playwright.

interface KeyAction {
  down(key: string): KeyAction;
  up(key: string): KeyAction;
  perform(): Promise<unknown>;
}
interface KeysDriver {
  keys(value: string | string[]): Promise<unknown>;
  action(type: 'key'): KeyAction;
  getWindowSize(): Promise<{ width: number; height: number }>;
  setWindowSize(width: number, height: number): Promise<unknown>;
  execute<T>(script: string): Promise<T>;
}

export interface WebdriverKeysPayload {
  type?: string;
  chord?: string[];
  width?: number;
  height?: number;
}

/** Sizes the window so that the page's viewport (innerWidth × innerHeight) is `width` × `height`. */
async function setViewport(driver: KeysDriver, width: number, height: number): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    const [innerWidth, innerHeight] = await driver.execute<[number, number]>('return [window.innerWidth, window.innerHeight]');
    if (innerWidth === width && innerHeight === height) return;
    const window = await driver.getWindowSize();
    await driver.setWindowSize(window.width + width - innerWidth, window.height + height - innerHeight);
    // The page learns its new size a frame or two later.
    await driver.execute<unknown>('return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))');
  }
  const [innerWidth, innerHeight] = await driver.execute<[number, number]>('return [window.innerWidth, window.innerHeight]');
  if (innerWidth !== width || innerHeight !== height)
    throw new Error(`webdriver-viewport: asked for ${width}×${height}, the page has ${innerWidth}×${innerHeight}.`);
}

export function webdriverKeysPlugin() {
  return {
    name: 'webdriver-keys',
    async executeCommand({ command, payload, session }: { command: string; payload: unknown; session: { browser: { type: string; driver?: KeysDriver } } }) {
      if (command !== 'webdriver-type' && command !== 'webdriver-chord' && command !== 'webdriver-viewport') return undefined;
      const driver = session.browser.driver;
      if (session.browser.type !== 'webdriver' || !driver) throw new Error(`${command} needs the WebDriver launcher.`);
      const { type, chord, width, height } = (payload ?? {}) as WebdriverKeysPayload;
      if (command === 'webdriver-viewport') {
        if (typeof width !== 'number' || typeof height !== 'number') throw new Error('webdriver-viewport takes { width, height }.');
        await setViewport(driver, width, height);
      } else if (command === 'webdriver-type') {
        // One action sequence (one round trip, so typing is as quick as a user's), each key down then up.
        const typing = driver.action('key');
        for (const key of type ?? '') typing.down(key).up(key);
        await typing.perform();
      } else {
        await driver.keys(chord ?? []);
      }
      return true;
    },
  };
}
