import { describe, expect, it } from 'vitest';
import { escapeXml, writeLayoutKml } from '../../../src/io/layout-output/layout.kml';
import { expectGolden } from './golden';
import { readXml, type XmlElement } from './xml-reader';
import { SAMPLE_LAYOUT } from './sample-layout';

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const children = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('writeLayoutKml', () => {
  const text = writeLayoutKml(SAMPLE_LAYOUT, { name: 'Đồng Dọc <phương án 1>' });
  const kml = readXml(text);
  const document = child(kml, 'Document')!;

  it('matches the golden file tests/fixtures/cli/sample-layout.kml byte for byte', () => {
    expectGolden('sample-layout.kml', text);
  });

  it('is KML 2.2 with one Style and one Folder per kind, in the engine\'s order', () => {
    expect(kml.name).toBe('kml');
    expect(kml.attributes).toBe(' xmlns="http://www.opengis.net/kml/2.2"');
    expect(unescape(child(document, 'name')!.text)).toBe('Đồng Dọc <phương án 1>');
    const folders = children(document, 'Folder');
    expect(folders.map((f) => child(f, 'name')!.text)).toEqual(['plot', 'buildable', 'road', 'green', 'facility', 'road-centreline']);
    expect(children(document, 'Style')).toHaveLength(6);
    expect(folders.flatMap((f) => children(f, 'Placemark'))).toHaveLength(SAMPLE_LAYOUT.features.length);
  });

  it('names placemarks by plot code, plot, use; escapes names from users', () => {
    const names = children(document, 'Folder').flatMap((f) => children(f, 'Placemark')).map((p) => unescape(child(p, 'name')!.text));
    expect(names).toEqual(['A-01', 'A-02', 'A-01', 'road 13 m', 'green', 'Xử lý nước thải & "bể" <A>', 'road-centreline']);
    expect(text).toContain('<name>Xử lý nước thải &amp; &quot;bể&quot; &lt;A&gt;</name>');
  });

  it('writes polygons with outer and inner boundaries, closed rings, 9 decimals', () => {
    const green = children(document, 'Folder')[3];
    const polygon = child(child(green, 'Placemark')!, 'Polygon')!;
    expect(polygon.children.map((c) => c.name)).toEqual(['outerBoundaryIs', 'innerBoundaryIs']);
    const coordinates = child(child(child(polygon, 'outerBoundaryIs')!, 'LinearRing')!, 'coordinates')!.text.split(' ');
    expect(coordinates).toHaveLength(5);
    expect(coordinates[0]).toBe(coordinates[4]);
    for (const c of coordinates) expect(c).toMatch(/^\d{3}\.\d{9},\d{2}\.\d{9}$/);
  });

  it('escapes the five XML characters and drops characters XML forbids', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('bell\u0007 tab\t \ud800 ok \u{1F3ED}')).toBe('bell tab\t  ok \u{1F3ED}');
  });
});
