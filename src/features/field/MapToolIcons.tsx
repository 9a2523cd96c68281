/**
 * The field map tools' icons, drawn as SVG (a glyph such as ⌖ is missing from many phones' fonts):
 * centre on me (a target), follow the position (a navigation arrow), turn with the heading (a turning
 * arrow). Decorative: each tool says its name in words beside the icon.
 */
const ICON = { width: 22, height: 22, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2.2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false } as const;

export const CentreIcon = () => (
  <svg className="tool-icon" {...ICON}><circle cx="12" cy="12" r="7" /><circle cx="12" cy="12" r="2" fill="currentColor" /><path d="M12 1v4M12 19v4M1 12h4M19 12h4" /></svg>
);

export const FollowIcon = () => (
  <svg className="tool-icon" {...ICON}><path d="M12 2 20 21 12 16.5 4 21Z" fill="currentColor" /></svg>
);

export const TurnIcon = () => (
  <svg className="tool-icon" {...ICON}><path d="M20 12a8 8 0 1 1-2.34-5.66" /><path d="M20 3v5h-5" /></svg>
);
