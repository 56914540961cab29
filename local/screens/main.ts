/**
 * `npm run screens`: every screen of the tour (tour.ts), rendered at each Echo Show size into screenshots/
 * (git-ignored) for a person to look at. Needs Debian's Chromium; exits 1 when a screen does not render cleanly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalStack } from '../stack';
import { CHROMIUM, ECHO_SHOW_SIZES, INSTALL_CHROMIUM, ScreenRenderer, hasChromium } from './render';
import { tourScreens } from './tour';

const OUT = join(__dirname, '../../screenshots');

async function main(): Promise<number> {
  if (!hasChromium()) {
    console.error(`No Chromium at ${CHROMIUM}. Install it with: ${INSTALL_CHROMIUM}`);
    return 1;
  }
  const stack = await startLocalStack({ logLevel: 'error' });
  let failed = 0;
  try {
    const manager = stack.org.demo.users.find((u) => u.role === 'manager')!;
    const screens = await tourScreens(stack, (await stack.link(manager.username)).accessToken);
    const renderer = await ScreenRenderer.start();
    try {
      mkdirSync(OUT, { recursive: true });
      for (const { name, directive } of screens) {
        for (const size of ECHO_SHOW_SIZES) {
          const { problems, png } = await renderer.render(directive.document ?? {}, directive.datasources ?? {}, size);
          const file = join(OUT, `${name}-${size.width}x${size.height}.png`);
          writeFileSync(file, png);
          console.log(`${problems.length ? 'PROBLEM' : 'ok'}  ${file}${problems.map((p) => `\n      ${p}`).join('')}`);
          if (problems.length) failed++;
        }
      }
    } finally {
      await renderer.close();
    }
  } finally {
    await stack.close();
  }
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
