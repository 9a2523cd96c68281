import { writeFileSync } from 'node:fs';
import { AppSession } from './harness';
import * as vi from '../../src/i18n/messages/app';
const OUT = '/tmp/qa/shots';
const mods = await Promise.all(['app','plan','registry','recovery','import','layout','zone-import','allocation','field','present','plan-edits','storage','import-dialog','recovery-labels','import-labels','plan-draw','plan-locks','strip-edges','registry-trades','layout-roads','field-holder','field-nearest','allocation-groups','registry-import-progress'].map((m) => import(`../../src/i18n/messages/${m}.ts`)));
const keys = new Set<string>();
for (const m of mods) for (const v of Object.values(m)) if (v && typeof v === 'object' && 'vi' in (v as object)) for (const k of Object.keys((v as { vi: object }).vi)) keys.add(k);
void vi;
const mode = process.argv[2];
if (mode === 'shots') {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 1280 }, { width: 360, height: 640 }, { width: 1920, height: 1080 }]) {
    const s = await AppSession.launch({ viewport });
    for (const route of ['#/parcels', '#/recovery']) {
      const page = await s.openApp(route);
      await page.waitForTimeout(4000);
      await page.screenshot({ path: `${OUT}/${route.slice(2)}-${viewport.width}x${viewport.height}.png` });
      const sw = await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
      console.log(route, viewport, 'scrollWidth/client', sw);
    }
    await s.close();
  }
} else if (mode === 'english') {
  const s = await AppSession.launch({ viewport: { width: 1280, height: 800 }, persistent: true });
  let page = await s.openApp('#/parcels');
  await page.getByTestId('lang-switch').click();
  await page.waitForTimeout(1000);
  for (const route of ['#/parcels', '#/parcels/12/43', '#/parcels/99/999', '#/recovery', '#/plan', '#/registry', '#/field', '#/present/A-01']) {
    await page.goto(new URL(route, page.url()).toString());
    await page.waitForTimeout(6000);
    const text = await page.evaluate('document.body.innerText') as string;
    const raw = [...keys].filter((k) => text.includes(k));
    const vn = text.split('\n').filter((l) => /[ạảãầấậẩẫằắặẳẵẹẻẽềếệểễịỉĩọỏõồốộổỗờớợởỡụủũừứựửữỳýỵỷỹđơưăâêô]/i.test(l));
    const plural = text.match(/\b1 [a-z]+s\b/g);
    console.log('=====', route, 'raw', raw, 'plural', plural);
    console.log('VN lines:', JSON.stringify(vn.slice(0, 40)));
    await page.screenshot({ path: `${OUT}/en-${route.replace(/[#/]/g, '_')}.png` });
  }
  writeFileSync('/dev/null', '');
  await s.close();
} else if (mode === 'keys') {
  const s = await AppSession.launch({ viewport: { width: 1280, height: 800 } });
  const page = await s.openApp('#/parcels');
  await page.waitForTimeout(3000);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const d = await page.evaluate(`(() => { const e = document.activeElement; if (!e) return null; const cs = getComputedStyle(e); const r = e.getBoundingClientRect();
      return [e.tagName, e.getAttribute('data-testid'), (e.innerText||e.getAttribute('aria-label')||'').slice(0,30), cs.outlineStyle, cs.outlineWidth, cs.boxShadow.slice(0,30), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; })()`);
    console.log(i, JSON.stringify(d));
    if (i === 6) await page.screenshot({ path: `${OUT}/focus-parcels.png` });
  }
  await s.close();
}
