/**
 * How many WebGL programs #/plan links on a fresh profile's first load, each with the time it was
 * linked (ms from navigation) and its shader's data-driven attributes (`a_…`, those not made uniforms
 * by a HAS_UNIFORM_ define). MapLibre compiles one program per layer type and set of per-feature paint
 * properties; each costs tens of ms on software WebGL (src/map/shared-programs.ts). Counted by wrapping
 * WebGL2RenderingContext.prototype.linkProgram in an init script. Asserts nothing.
 *
 *   npx vite build && npx tsx bench/plan-programs.ts [DIR, default dist/]
 */
import { AppSession, launchBrowser, PreviewServer } from '../tests/e2e/harness';

const WRAP_LINK_PROGRAM = `(() => {
  const linked = [];
  window.__phanloLinkedPrograms = linked;
  const proto = WebGL2RenderingContext.prototype;
  const attach = proto.attachShader, source = proto.shaderSource, link = proto.linkProgram;
  proto.shaderSource = function (shader, text) { shader.__text = text; return source.call(this, shader, text); };
  proto.attachShader = function (program, shader) { (program.__shaders ||= []).push(shader); return attach.call(this, program, shader); };
  proto.linkProgram = function (program) {
    const text = (program.__shaders || []).map((s) => s.__text || '').join('\\n');
    const uniform = new Set([...text.matchAll(/#define HAS_UNIFORM_u_(\\w+)/g)].map((m) => m[1]));
    const attributes = [...new Set([...text.matchAll(/ a_(\\w+);/g)].map((m) => m[1]))].filter((a) => !uniform.has(a));
    linked.push({ at: Math.round(performance.now()), attributes: attributes.join(' ') });
    return link.call(this, program);
  };
})();`;

const server = await PreviewServer.start(undefined, process.argv[2]);
const browser = await launchBrowser();
try {
  for (let n = 0; n < 2; n++) {
    const session = await AppSession.launch({ viewport: { width: 1366, height: 768 } }, server, browser);
    try {
      await session.page.context().addInitScript(WRAP_LINK_PROGRAM);
      await session.page.goto(session.appUrl('#/plan'), { waitUntil: 'commit' });
      await session.page.waitForFunction("performance.getEntriesByName('phanlo:plan-layout-details-drawn').length > 0", undefined, { timeout: 60_000 });
      const drawnAt = (await session.page.evaluate("performance.getEntriesByName('phanlo:plan-layout-drawn')[0].startTime")) as number;
      const linked = (await session.page.evaluate('window.__phanloLinkedPrograms')) as { at: number; attributes: string }[];
      if (n === 0) continue; // the first load warms the browser up
      const before = linked.filter((p) => p.at <= drawnAt).length;
      console.log(`#/plan first load: ${linked.length} programs linked, ${before} of them by the first layout frame (${drawnAt.toFixed(0)} ms)`);
      for (const p of linked) console.log(`  ${p.at} ms  ${p.attributes || '(no per-feature attribute)'}`);
    } finally {
      await session.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
