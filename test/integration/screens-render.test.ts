/**
 * Every screen of the tour rendered for real, at each Echo Show size, by Amazon's web viewhost in Debian's
 * headless Chromium: no warning or error from the renderer, and what the datasource holds is on the screen.
 * Without Chromium: CI fails (it installs it, .ci/run); elsewhere the suite says how to install it.
 */
import { expect } from 'chai';
import { CHROMIUM, ECHO_SHOW_SIZES, INSTALL_CHROMIUM, ScreenRenderer, hasChromium } from '../../local/screens/render';
import { GERMAN_SCREEN_TOUR, SCREEN_TOUR, type TourScreen, tourScreens } from '../../local/screens/tour';
import { screenDocument } from '../../lambda/src/screens/apl';
import { linkDemoUsers, useLocalStack } from '../support/conversation';

/** Short values the data puts on the screen, which no layout may lose: titles, figures, labels. */
function shownValues(data: Record<string, unknown>): string[] {
  const values = [String(data.title), String(data.subtitle)];
  for (const row of (data.rows ?? []) as Record<string, string>[]) values.push(row.amount!, row.stage!, row.closeDate!);
  for (const bar of (data.bars ?? []) as Record<string, string>[]) values.push(bar.label!, bar.value!);
  for (const field of (data.fields ?? []) as Record<string, string>[]) values.push(field.label!, field.value!);
  return values;
}

if (hasChromium()) {
  describe('screens rendered by the APL web viewhost in headless Chromium', function () {
    // Starting Chromium and the viewhost's WebAssembly takes seconds, far more on a loaded machine.
    this.timeout(300_000);
    const stack = useLocalStack();
    const tokens = linkDemoUsers(stack);
    let renderer: ScreenRenderer | undefined;
    let screens: TourScreen[] = [];
    let german: TourScreen[] = [];

    before(async () => {
      screens = await tourScreens(stack(), tokens().manager);
      german = await tourScreens(stack(), tokens().manager, 'de-DE');
      renderer = await ScreenRenderer.start();
    });
    after(async () => renderer?.close());

    it('the tour shows every screen', () => {
      expect(screens.map((s) => s.name)).to.deep.equal(SCREEN_TOUR.map((s) => s.name));
    });

    for (const { name } of SCREEN_TOUR) {
      for (const size of ECHO_SHOW_SIZES) {
        it(`renders ${name} at ${size.width}×${size.height} without a problem, showing its data`, async () => {
          const { directive } = screens.find((s) => s.name === name)!;
          const { problems, text, png } = await renderer!.render(directive.document!, directive.datasources!, size);
          expect(problems).to.deep.equal([]);
          for (const value of shownValues(directive.datasources!.screen as Record<string, unknown>)) expect(text).to.contain(value);
          expect(png.length).to.be.greaterThan(0);
        });
      }
    }

    // German at the smallest Echo Show only: its longest words are where a column is too narrow.
    for (const { name } of GERMAN_SCREEN_TOUR) {
      it(`renders ${name} in German at ${ECHO_SHOW_SIZES[0]!.width}×${ECHO_SHOW_SIZES[0]!.height} without a problem, showing its data`, async () => {
        const { directive } = german.find((s) => s.name === name)!;
        const { problems, text } = await renderer!.render(directive.document!, directive.datasources!, ECHO_SHOW_SIZES[0]!);
        expect(problems).to.deep.equal([]);
        for (const value of shownValues(directive.datasources!.screen as Record<string, unknown>)) expect(text).to.contain(value);
      });
    }

    it('reports what the renderer cannot draw', async () => {
      const { directive } = screens[0]!;
      const broken = screenDocument([{ type: 'DealTabel', rows: '${screen.rows}' }]);
      const { problems } = await renderer!.render(broken, directive.datasources!, ECHO_SHOW_SIZES[0]);
      expect(problems.join('\n')).to.contain('DealTabel');
    });
  });
} else if (process.env.CI) {
  describe('screens rendered by the APL web viewhost in headless Chromium', () => {
    it('has Chromium to render with', () => {
      throw new Error(`No Chromium at ${CHROMIUM}: CI renders every screen. Install it with: ${INSTALL_CHROMIUM}`);
    });
  });
} else {
  console.warn(`\n  Screens are not rendered: no Chromium at ${CHROMIUM}. Install it with: ${INSTALL_CHROMIUM}\n`);
}
