// Measures touch targets: every visible interactive element must be at least 44×44 CSS px
// (WCAG 2.5.5 target size, as PRODUCT.md asks for tablets). Inline links inside running
// text are exempt, as WCAG allows.
import { expect } from '@playwright/test';

export async function expectTouchTargetsAtLeast44(page, { scope = 'body' } = {}) {
  const small = await page.locator(scope).evaluate((root) => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
    const found = [];
    for (const el of root.querySelectorAll(selector)) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // Inline links in a sentence are exempt (WCAG 2.5.5 "inline").
      if (el.tagName === 'A' && (el.closest('p, li') && style.display === 'inline')) continue;
      // A radio or checkbox inside its label: the label is the target.
      let target = rect;
      if ((el.type === 'radio' || el.type === 'checkbox') && el.closest('label')) {
        target = el.closest('label').getBoundingClientRect();
      }
      if (target.width < 44 - 0.5 || target.height < 44 - 0.5) {
        found.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(target.width)}×${Math.round(target.height)}`);
      }
    }
    return found;
  });
  expect(small, `touch targets smaller than 44×44 on ${page.url()}:\n${small.join('\n')}`).toEqual([]);
}
