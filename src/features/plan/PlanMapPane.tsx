/** React's handle on the planner's map: mounts the MapLibre adapter once and attaches it to the workspace. */
import { useEffect, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibrePlanMap } from '../../map/plan-map';
import type { PlanWorkspace } from './plan-workspace';

export interface PlanMapPaneProps {
  readonly workspace: PlanWorkspace;
  readonly label: string;
  readonly northArrow: string;
  readonly northLetter: string;
  readonly numberLocale: string;
}

export function PlanMapPane({ workspace, label, northArrow, northLetter, numberLocale }: PlanMapPaneProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new MapLibrePlanMap({ container: containerRef.current!, labels: { northArrow, northLetter }, numberLocale });
    const detach = workspace.attachMap(map);
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(containerRef.current!);
    return () => {
      observer.disconnect();
      detach();
      map.destroy();
    };
  }, [workspace, northArrow, northLetter, numberLocale]);
  return <div ref={containerRef} className="map" data-testid="map" role="region" aria-label={label} />;
}
