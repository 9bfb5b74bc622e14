/**
 * Accessibility checks for the browser journeys: axe-core's WCAG 2.2 A/AA rules run inside the page,
 * and a layout check that nothing is wider than a 360 px phone and no text spills out of its box.
 */
import { readFileSync } from 'node:fs';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

let axeCode: string | undefined;
/** axe-core's own script, read once. */
function axeSource(): string {
  axeCode ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeCode;
}

/** Runs axe on the page as it is now; returns one readable line per serious or critical violation. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    // The page's own code never loads axe: it is evaluated here, for this document only. Not as a <script> tag:
    // the app's Content-Security-Policy (rightly) refuses inline scripts, and an evaluation is not one.
    await page.evaluate(axeSource());
  }
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_AA_TAGS },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(async (runOptions) => {
    const axe = window.axe;
    if (!axe) throw new Error('axe-core did not load');
    return axe.run(document, runOptions);
  }, options);
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const where = violation.nodes
        .slice(0, 5)
        .map((node) => {
          const summary = node.failureSummary?.split('\n').slice(1, 2).join(' ').trim();
          return `      ${node.target.join(' ')}${summary ? ` — ${summary}` : ''}`;
        })
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n${where}${more}`;
    });
}

/**
 * What is too wide for the viewport: the page itself scrolling sideways, or text reaching past the
 * edge of the box it is in (without that box deliberately clipping or scrolling it). One line each.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : '';
      const testId = element.getAttribute('data-testid');
      const classes = Array.from(element.classList)
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      return `${element.tagName.toLowerCase()}${id}${classes}${testId ? `[data-testid=${testId}]` : ''}`;
    };
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > scroller.clientWidth + 1) {
      problems.push(`the page is ${scroller.scrollWidth}px wide in a ${scroller.clientWidth}px viewport`);
      // The innermost elements reaching past the right edge are the ones to fix.
      const beyond = Array.from(document.body.querySelectorAll('*')).filter(
        (element) => element.getBoundingClientRect().right > scroller.clientWidth + 1,
      );
      const innermost = beyond.filter((element) => !beyond.some((other) => other !== element && element.contains(other)));
      for (const element of innermost.slice(0, 5)) {
        problems.push(`  ${describe(element)} reaches ${Math.round(element.getBoundingClientRect().right)}px`);
      }
    }

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const reported = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      // The nearest box (not an inline span) that holds the text.
      let box: Element | null = node.parentElement;
      while (box && ['inline', 'contents'].includes(getComputedStyle(box).display)) box = box.parentElement;
      if (!box || reported.has(box)) continue;
      const style = getComputedStyle(box);
      // Deliberate: ellipsis, clipping, a scroller, or text hidden from sight but kept for screen readers.
      if (style.overflowX !== 'visible' || style.visibility === 'hidden') continue;
      if (box.closest('[aria-hidden="true"], .visually-hidden, .cdk-visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      const container = box.getBoundingClientRect();
      if (text.width === 0 || container.width === 0) continue;
      if (text.right > container.right + 1 || text.left < container.left - 1) {
        reported.add(box);
        problems.push(
          `text "${node.textContent.trim().slice(0, 40)}" (${Math.round(text.width)}px) overflows ${describe(box)} (${Math.round(container.width)}px)`,
        );
      }
    }
    return problems;
  });
}

/** How the element that has keyboard focus shows it: its outline or box-shadow, or null if nothing shows. */
export async function focusIndicator(page: Page): Promise<{ element: string; indicator: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { element: 'body', indicator: null };
    const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    // Material draws its strong focus indicator on a ::before of a child element.
    const candidates: Array<[Element, string | null]> = [
      [element, null],
      [element, '::before'],
      [element, '::after'],
      ...Array.from(element.querySelectorAll('.mat-focus-indicator, .mat-mdc-focus-indicator')).flatMap(
        (child): Array<[Element, string]> => [
          [child, '::before'],
          [child, '::after'],
        ],
      ),
    ];
    // A Material form field shows focus by thickening its outline in the primary colour.
    const field = element.closest('.mat-mdc-form-field.mat-focused');
    const fieldOutline = field?.querySelector('.mdc-notched-outline__leading');
    if (fieldOutline) {
      const style = getComputedStyle(fieldOutline);
      if (parseFloat(style.borderTopWidth) >= 2)
        return { element: label, indicator: `form field outline ${style.borderTopWidth} ${style.borderTopColor}` };
    }
    for (const [target, pseudo] of candidates) {
      const style = getComputedStyle(target, pseudo);
      const outlineWidth = parseFloat(style.outlineWidth);
      if (style.outlineStyle !== 'none' && outlineWidth >= 2)
        return { element: label, indicator: `outline ${style.outlineWidth} ${style.outlineStyle}` };
      const borderWidth = parseFloat(style.borderTopWidth);
      if (pseudo && style.content !== 'none' && style.borderTopStyle !== 'none' && borderWidth >= 2)
        return { element: label, indicator: `${pseudo} border ${style.borderTopWidth}` };
      if (style.boxShadow && style.boxShadow !== 'none') return { element: label, indicator: `box-shadow ${style.boxShadow}` };
    }
    // A stretched link (the whole card is the link) shows focus on the card around it, by :focus-within.
    for (let ancestor = element.parentElement, depth = 0; ancestor && depth < 4; ancestor = ancestor.parentElement, depth++) {
      const style = getComputedStyle(ancestor);
      if (ancestor.matches(':focus-within') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
        return { element: label, indicator: `outline ${style.outlineWidth} on the enclosing ${ancestor.tagName.toLowerCase()}` };
      }
    }
    return { element: label, indicator: null };
  });
}
