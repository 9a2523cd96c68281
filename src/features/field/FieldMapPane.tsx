/** React's handle on the field map: mounts it once, feeds it the site, layout, position and stake-out. */
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreFieldMap } from '../../map/field-map';
import type { SiteMapData } from '../site/use-site-map-data';

export interface FieldMapPaneProps {
  readonly site: SiteMapData | null;
  readonly layout: FeatureCollection | null;
  readonly position: FeatureCollection;
  readonly corners: FeatureCollection;
  readonly target: FeatureCollection;
  readonly checks: FeatureCollection;
  /** The position to follow (WGS84), or null. */
  readonly follow: readonly [number, number] | null;
  /** Bumped by the centre button. */
  readonly centreRequest: { at: readonly [number, number]; seq: number } | null;
  /** Map bearing, degrees (0: north up). */
  readonly bearingDeg: number;
  readonly onUserMove: () => void;
  readonly label: string;
  readonly northArrow: string;
  readonly northLetter: string;
  readonly numberLocale: string;
}

export function FieldMapPane(props: FieldMapPaneProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreFieldMap | null>(null);
  const { label, northArrow, northLetter, numberLocale, onUserMove } = props;
  useEffect(() => {
    const made = new MapLibreFieldMap({ container: containerRef.current!, labels: { northArrow, northLetter }, numberLocale });
    const observer = new ResizeObserver(() => made.resize());
    observer.observe(containerRef.current!);
    // The map is an external system made here; the state change is the point.
    // oxlint-disable-next-line react/set-state-in-effect
    setMap(made);
    return () => { observer.disconnect(); made.destroy(); };
  }, [northArrow, northLetter, numberLocale]);
  useEffect(() => map?.onUserMove(onUserMove), [map, onUserMove]);
  const fitted = useRef(false);
  useEffect(() => {
    if (!map || !props.site) return;
    map.setSite(props.site);
    if (!fitted.current) { map.fitBounds(props.site.zoneBounds); fitted.current = true; }
  }, [map, props.site]);
  useEffect(() => { if (map && props.layout) map.setLayout(props.layout); }, [map, props.layout]);
  useEffect(() => { map?.setPosition(props.position); }, [map, props.position]);
  useEffect(() => { map?.setCorners(props.corners); }, [map, props.corners]);
  useEffect(() => { map?.setTarget(props.target); }, [map, props.target]);
  useEffect(() => { map?.setChecks(props.checks); }, [map, props.checks]);
  const followLng = props.follow?.[0];
  const followLat = props.follow?.[1];
  useEffect(() => {
    if (map && followLng !== undefined && followLat !== undefined) map.centreOn([followLng, followLat]);
  }, [map, followLng, followLat]);
  useEffect(() => { if (map && props.centreRequest) map.centreOn(props.centreRequest.at); }, [map, props.centreRequest]);
  useEffect(() => { map?.setBearing(props.bearingDeg); }, [map, props.bearingDeg]);
  return <div ref={containerRef} className="map" data-testid="map" role="region" aria-label={label} />;
}
