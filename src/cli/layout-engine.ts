/**
 * The parts `phanlo layout` drives, as one port: the zone-file reader (src/io/layers), parameter
 * validation and the layout engine (src/geo/layout). The command takes it as an argument, so tests
 * can run the whole command on a stand-in engine; `phanlo.ts` passes the real one.
 */
import type { CrsId } from '../geo/coordinates';
import type { ZoneSite } from '../domain/site';
import type { LayoutDocument } from '../io/layout-output/layout-document';
import type { PreviousLayout } from '../io/layout-output/previous-layout';
import type { ReaderErrorLike } from './messages';

export interface CodedMessage {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export type EngineLayoutResult =
  | ({ readonly ok: true; readonly warnings: readonly CodedMessage[] } & LayoutDocument)
  | { readonly ok: false; readonly errors: readonly CodedMessage[] };

export interface LayoutEnginePort {
  /** Every parameter with its default; its keys are the only parameter names allowed. */
  readonly defaultParameters: Readonly<Record<string, unknown>>;
  /** Validates a whole parameter set; errors name the field. */
  validateParameters(value: unknown):
    | { readonly ok: true; readonly value: unknown }
    | { readonly ok: false; readonly errors: readonly (CodedMessage & { readonly field?: string })[] };
  /** The CRS a zone file declares (its legacy `crs` member), WGS84 when none, null when unknown. */
  zoneFileCrs(json: unknown): CrsId | null;
  /** The zone file in plane metres of `planeCrs`. */
  readZoneSite(json: unknown, fileName: string, options: { readonly planeCrs: CrsId }):
    | { readonly ok: true; readonly value: ZoneSite; readonly warnings?: readonly ReaderErrorLike[] }
    | { readonly ok: false; readonly errors: readonly ReaderErrorLike[]; readonly warnings?: readonly ReaderErrorLike[] };
  /** `givenParameters`: the fields the params file gave (used as given; defaults may scale with the zone). */
  generateLayout(site: ZoneSite, parameters: unknown, options: { readonly previous?: PreviousLayout; readonly givenParameters?: readonly string[] }): EngineLayoutResult;
}
