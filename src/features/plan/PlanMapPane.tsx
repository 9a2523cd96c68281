/** React's handle on the planner's map: mounts the MapLibre adapter once and attaches it to the workspace. */
import { useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibrePlanMap } from '../../map/plan-map';
import type { PlanEditor } from './plan-editor';
import type { PlanWorkspace } from './plan-workspace';

export interface PlanMapPaneProps {
  readonly workspace: PlanWorkspace;
  /** The hand-edit editor: it draws the dividing line of two selected plots and takes its drag. */
  readonly editor?: PlanEditor | null;
  readonly label: string;
  readonly northArrow: string;
  readonly northLetter: string;
  readonly numberLocale: string;
}

export function PlanMapPane({ workspace, editor, label, northArrow, northLetter, numberLocale }: PlanMapPaneProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibrePlanMap | null>(null);
  useEffect(() => {
    const map = new MapLibrePlanMap({ container: containerRef.current!, labels: { northArrow, northLetter }, numberLocale });
    const detach = workspace.attachMap(map);
    // The map is an external system made here; the editor attaches to it below.
    // oxlint-disable-next-line react/set-state-in-effect
    setMap(map);
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(containerRef.current!);
    return () => {
      observer.disconnect();
      detach();
      map.destroy();
    };
  }, [workspace, northArrow, northLetter, numberLocale]);
  useEffect(() => (editor && map ? editor.attachMap(map) : undefined), [editor, map]);
  return <div ref={containerRef} className="map" data-testid="map" role="region" aria-label={label} />;
}
