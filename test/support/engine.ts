// Which engine runs the test, and keyboard input that works the same in all three (see
// web-test-runner.config.mjs: Chromium through CDP, Firefox through WebDriver BiDi, WebKit through
// WebDriver classic, where @web/test-runner-commands' sendKeys types chords and holds no keys).
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /\bFirefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/**
 * Tests that only Chromium can run: they need its DevTools protocol (CDP: media emulation such as forced
 * colours, the accessibility tree), which Firefox's WebDriver BiDi and WebKit's WebDriver lack. Elsewhere
 * they are not declared at all. Each use says in a comment which command it needs.
 */
export function describeInChromium(title: string, body: (this: Mocha.Suite) => void): void {
  if (engine === 'chromium') describe(title, body);
}

/** One test that only Chromium can run (see describeInChromium). */
export function itInChromium(title: string, body: Mocha.AsyncFunc): void {
  if (engine === 'chromium') it(title, body);
}

/** Types text into the focused element, one key after another. */
export async function typeText(text: string): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('webdriver-type', { type: text });
  else await sendKeys({ type: text });
}

/** WebDriver's code points for the keys `pressRepeatedly` knows (WebDriver spec, "keyboard actions"). */
const WEBDRIVER_KEYS = { Backspace: '\uE003', Delete: '\uE017', ArrowDown: '\uE015', ArrowUp: '\uE013', ArrowLeft: '\uE012', ArrowRight: '\uE014' } as const;

/**
 * Presses one key `times` times, as quickly as a user holding it would: in WebKit one WebDriver action sequence,
 * not a round trip per press (which would leave more than the search box's debounce between two presses).
 */
export async function pressRepeatedly(key: keyof typeof WEBDRIVER_KEYS, times: number): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('webdriver-type', { type: WEBDRIVER_KEYS[key].repeat(times) });
  else for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

/** Presses a key, or keys together: `'Enter'`, `'Shift+Tab'`, `'Control+End'` (key names as in KeyboardEvent.key). */
export async function press(keys: string): Promise<void> {
  const parts = keys === '+' ? ['+'] : keys.split('+');
  if (engine === 'webkit') {
    await executeServerCommand('webdriver-chord', { chord: parts });
    return;
  }
  const main = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}
