/**
 * The layout engine's words about its roads added with issue 7's roads work (second entrance), merged
 * into `layoutMessages` (layout.ts), so they load wherever the engine's words do.
 */
export const layoutRoadsMessages = {
  vi: {
    'layout.warning.second-entrance': 'Khu giáp thêm một đường công cộng: đã mở cổng thứ hai, cách cổng chính {distanceM} m, để xe chữa cháy vào được từ hai phía.',
  },
  en: {
    'layout.warning.second-entrance': 'The zone meets a second public road: a second gate was opened, {distanceM} m from the main gate, so that fire trucks can enter from two sides.',
  },
} as const;
