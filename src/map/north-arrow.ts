/** A north arrow that turns with the map; a click brings north back up. */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/** A north arrow with the letter under it ("B" for Bắc, "N" for North). */
function arrowSvg(letter: string): SVGElement {
  const svg = svgElement('svg', { viewBox: '0 0 24 36', width: '22', height: '33', 'aria-hidden': 'true' });
  svg.appendChild(svgElement('path', { d: 'M12 2 L20 22 L12 18 L4 22 Z', fill: '#1d1d1b' }));
  svg.appendChild(svgElement('path', { d: 'M12 2 L12 18 L4 22 Z', fill: '#fff', stroke: '#1d1d1b', 'stroke-width': '1' }));
  const text = svgElement('text', { x: '12', y: '34', 'text-anchor': 'middle', 'font-size': '10', 'font-family': 'sans-serif', 'font-weight': '700' });
  text.textContent = letter;
  svg.appendChild(text);
  return svg;
}

export class NorthArrowControl implements IControl {
  private container: HTMLElement | null = null;
  private map: MapLibreMap | null = null;

  constructor(private readonly title: string, private readonly letter: string) {}

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'north-arrow';
    button.title = this.title;
    button.setAttribute('aria-label', this.title);
    button.appendChild(arrowSvg(this.letter));
    button.addEventListener('click', () => map.easeTo({ bearing: 0, pitch: 0 }));
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    container.appendChild(button);
    this.container = container;
    map.on('rotate', this.update);
    this.update();
    return container;
  }

  onRemove(): void {
    this.map?.off('rotate', this.update);
    this.container?.remove();
    this.container = null;
    this.map = null;
  }

  private readonly update = (): void => {
    const svg = this.container?.querySelector('svg');
    if (svg && this.map) svg.style.transform = `rotate(${-this.map.getBearing()}deg)`;
  };
}
