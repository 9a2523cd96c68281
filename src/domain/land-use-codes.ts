/**
 * Land-use codes (loại đất, mã ký hiệu) as cadastral maps and land registers write them: the codes of
 * Circular 25/2014/TT-BTNMT that older maps carry and the codes still used under Circular
 * 08/2024/TT-BTNMT (Land Law 2024). Each has Vietnamese and English names, a group and a map fill.
 *
 * Colours follow the palette Vietnamese land-use maps use (hiện trạng / quy hoạch sử dụng đất): rice
 * pale yellow, other annual crops cream, perennials tan, forest green, water and aquaculture pale cyan,
 * residential pink, public works salmon, traffic orange, mining and waste lilac, cemeteries grey,
 * unused land white. Users of those maps recognise them; the map draws outlines for contrast.
 * An unknown code never fails: `landUseCodeInfo` returns a neutral grey entry that says it is unknown.
 */
import type { Language } from '../i18n/translate';

/** The four groups phanlo reports by. (The law counts residential land as non-agricultural; planners separate it.) */
export type LandUseGroup = 'agricultural' | 'residential' | 'non-agricultural' | 'unused';

export const LAND_USE_GROUPS: readonly LandUseGroup[] = ['agricultural', 'residential', 'non-agricultural', 'unused'];

export interface LandUseCodeInfo {
  /** The code as written on maps, upper case: "LUC". */
  readonly code: string;
  readonly group: LandUseGroup;
  readonly name: Readonly<Record<Language, string>>;
  /** Map fill, "#RRGGBB". */
  readonly color: string;
  /** False for the neutral entry given to a code phanlo does not know. */
  readonly known: boolean;
}

type Row = readonly [code: string, group: LandUseGroup, vi: string, en: string, color: string];

const RICE = '#FFFC8C';
const ANNUAL = '#FFF0B4';
const PUBLIC_WORKS = '#FFAAA0';
const BUSINESS = '#FAAAA0';
const LILAC = '#CDAACD';
const WATER = '#A0FFFF';
const UNUSED = '#FFFFFE';

const ROWS: readonly Row[] = [
  // Agricultural land (nhóm đất nông nghiệp)
  ['LUA', 'agricultural', 'Đất trồng lúa', 'Rice land', '#FFFC82'],
  ['LUC', 'agricultural', 'Đất chuyên trồng lúa nước', 'Specialised wet-rice land', RICE],
  ['LUK', 'agricultural', 'Đất trồng lúa nước còn lại', 'Other wet-rice land', '#FFFC96'],
  ['LUN', 'agricultural', 'Đất trồng lúa nương', 'Upland rice land', '#FFFCB4'],
  ['HNK', 'agricultural', 'Đất trồng cây hằng năm khác', 'Other annual crop land', ANNUAL],
  ['BHK', 'agricultural', 'Đất bằng trồng cây hằng năm khác', 'Flat land for other annual crops', ANNUAL],
  ['NHK', 'agricultural', 'Đất nương rẫy trồng cây hằng năm khác', 'Hill-field land for other annual crops', ANNUAL],
  ['CLN', 'agricultural', 'Đất trồng cây lâu năm', 'Perennial crop land', '#FFD2A0'],
  ['RSX', 'agricultural', 'Đất rừng sản xuất', 'Production forest land', '#B4FFB4'],
  ['RPH', 'agricultural', 'Đất rừng phòng hộ', 'Protection forest land', '#BEFF1E'],
  ['RDD', 'agricultural', 'Đất rừng đặc dụng', 'Special-use forest land', '#6EFF64'],
  ['NTS', 'agricultural', 'Đất nuôi trồng thủy sản', 'Aquaculture land', '#AAFFFF'],
  ['CNT', 'agricultural', 'Đất chăn nuôi tập trung', 'Concentrated livestock land', '#F0DCB4'],
  ['LMU', 'agricultural', 'Đất làm muối', 'Salt-making land', '#E6E6FA'],
  ['NKH', 'agricultural', 'Đất nông nghiệp khác', 'Other agricultural land', '#F5FFB4'],
  // Residential land (đất ở)
  ['ONT', 'residential', 'Đất ở tại nông thôn', 'Rural residential land', '#FFD0FF'],
  ['ODT', 'residential', 'Đất ở tại đô thị', 'Urban residential land', '#FFA0FF'],
  // Non-agricultural land (nhóm đất phi nông nghiệp)
  ['TSC', 'non-agricultural', 'Đất xây dựng trụ sở cơ quan', 'Government office land', PUBLIC_WORKS],
  ['CQP', 'non-agricultural', 'Đất quốc phòng', 'Defence land', '#FF6450'],
  ['CAN', 'non-agricultural', 'Đất an ninh', 'Public security land', '#FF5046'],
  ['DTS', 'non-agricultural', 'Đất xây dựng trụ sở của tổ chức sự nghiệp', 'Public-service organisation office land', PUBLIC_WORKS],
  ['DVH', 'non-agricultural', 'Đất xây dựng cơ sở văn hóa', 'Cultural facility land', PUBLIC_WORKS],
  ['DXH', 'non-agricultural', 'Đất xây dựng cơ sở dịch vụ xã hội', 'Social service facility land', PUBLIC_WORKS],
  ['DYT', 'non-agricultural', 'Đất xây dựng cơ sở y tế', 'Health facility land', PUBLIC_WORKS],
  ['DGD', 'non-agricultural', 'Đất xây dựng cơ sở giáo dục và đào tạo', 'Education and training facility land', PUBLIC_WORKS],
  ['DTT', 'non-agricultural', 'Đất xây dựng cơ sở thể dục thể thao', 'Sports facility land', PUBLIC_WORKS],
  ['DKH', 'non-agricultural', 'Đất xây dựng cơ sở khoa học và công nghệ', 'Science and technology facility land', PUBLIC_WORKS],
  ['DNG', 'non-agricultural', 'Đất xây dựng cơ sở ngoại giao', 'Diplomatic facility land', PUBLIC_WORKS],
  ['DSK', 'non-agricultural', 'Đất xây dựng công trình sự nghiệp khác', 'Other public-service facility land', PUBLIC_WORKS],
  ['SKK', 'non-agricultural', 'Đất khu công nghiệp', 'Industrial park land', BUSINESS],
  ['SKN', 'non-agricultural', 'Đất cụm công nghiệp', 'Industrial cluster land', BUSINESS],
  ['SKT', 'non-agricultural', 'Đất khu chế xuất', 'Export processing zone land', BUSINESS],
  ['TMD', 'non-agricultural', 'Đất thương mại, dịch vụ', 'Commercial and service land', BUSINESS],
  ['SKC', 'non-agricultural', 'Đất cơ sở sản xuất phi nông nghiệp', 'Non-agricultural production facility land', BUSINESS],
  ['SKS', 'non-agricultural', 'Đất sử dụng cho hoạt động khoáng sản', 'Mining land', LILAC],
  ['SKX', 'non-agricultural', 'Đất sản xuất vật liệu xây dựng, làm đồ gốm', 'Building-material and pottery production land', LILAC],
  ['DGT', 'non-agricultural', 'Đất giao thông', 'Traffic land', '#FFAA32'],
  ['DTL', 'non-agricultural', 'Đất thủy lợi', 'Irrigation land', '#AAFFFF'],
  ['DDT', 'non-agricultural', 'Đất có di tích lịch sử - văn hóa', 'Historical and cultural relic land', PUBLIC_WORKS],
  ['DDL', 'non-agricultural', 'Đất danh lam thắng cảnh', 'Scenic landscape land', PUBLIC_WORKS],
  ['DSH', 'non-agricultural', 'Đất sinh hoạt cộng đồng', 'Community activity land', PUBLIC_WORKS],
  ['DKV', 'non-agricultural', 'Đất khu vui chơi, giải trí công cộng', 'Public recreation land', PUBLIC_WORKS],
  ['DNL', 'non-agricultural', 'Đất công trình năng lượng', 'Energy works land', PUBLIC_WORKS],
  ['DBV', 'non-agricultural', 'Đất công trình bưu chính, viễn thông', 'Post and telecommunication works land', PUBLIC_WORKS],
  ['DCH', 'non-agricultural', 'Đất chợ', 'Market land', PUBLIC_WORKS],
  ['DRA', 'non-agricultural', 'Đất bãi thải, xử lý chất thải', 'Waste dump and treatment land', LILAC],
  ['DCK', 'non-agricultural', 'Đất công trình công cộng khác', 'Other public works land', PUBLIC_WORKS],
  ['TON', 'non-agricultural', 'Đất cơ sở tôn giáo', 'Religious establishment land', BUSINESS],
  ['TIN', 'non-agricultural', 'Đất cơ sở tín ngưỡng', 'Shrine and belief establishment land', PUBLIC_WORKS],
  ['NTD', 'non-agricultural', 'Đất nghĩa trang, nghĩa địa, nhà tang lễ, nhà hỏa táng', 'Cemetery and funeral land', '#D2D2D2'],
  ['SON', 'non-agricultural', 'Đất sông, ngòi, kênh, rạch, suối', 'River, canal and stream land', WATER],
  ['MNC', 'non-agricultural', 'Đất có mặt nước chuyên dùng', 'Special-use water surface land', WATER],
  ['PNK', 'non-agricultural', 'Đất phi nông nghiệp khác', 'Other non-agricultural land', PUBLIC_WORKS],
  // Unused land (nhóm đất chưa sử dụng)
  ['BCS', 'unused', 'Đất bằng chưa sử dụng', 'Unused flat land', UNUSED],
  ['DCS', 'unused', 'Đất đồi núi chưa sử dụng', 'Unused hilly land', UNUSED],
  ['NCS', 'unused', 'Núi đá không có rừng cây', 'Treeless rocky mountain', '#E6E6C8'],
];

/** Every known code, in the order of the cadastral code table. */
export const LAND_USE_CODES: readonly LandUseCodeInfo[] = ROWS.map(([code, group, vi, en, color]) => ({
  code, group, name: { vi, en }, color, known: true,
}));

const BY_CODE: ReadonlyMap<string, LandUseCodeInfo> = new Map(LAND_USE_CODES.map((info) => [info.code, info]));

/** Fill of a code phanlo does not know: a neutral grey that no known code uses. */
export const UNKNOWN_LAND_USE_COLOR = '#E0E0E0';

/** The form codes are compared in: trimmed, upper case ("luc " → "LUC"). */
export const normaliseLandUseCode = (code: string): string => code.trim().toUpperCase();

/**
 * What a code means. An unknown or empty code gets a neutral entry (`known: false`, group
 * 'non-agricultural', grey) whose name is the code itself, so that maps and tables still draw.
 */
export function landUseCodeInfo(code: string): LandUseCodeInfo {
  const normalised = normaliseLandUseCode(code);
  const known = BY_CODE.get(normalised);
  if (known) return known;
  const label = normalised || '?';
  return {
    code: normalised,
    group: 'non-agricultural',
    name: { vi: `Loại đất ${label} (chưa có trong danh mục)`, en: `Land use ${label} (not in the code list)` },
    color: UNKNOWN_LAND_USE_COLOR,
    known: false,
  };
}

/** True for codes of the agricultural group (LUC, BHK, CLN, NTS, …). */
export const isAgriculturalLandUse = (code: string): boolean => landUseCodeInfo(code).group === 'agricultural';
