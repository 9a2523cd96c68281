/**
 * What the layer readers and the parcel import report (src/io/layers/issue-codes.ts), Vietnamese
 * first. One message per code under `import.<code>`; `coordinates-out-of-range`, `zip-unreadable` and
 * `json-invalid` also have one per cause (`import.<code>.<cause>`), and `import.field.*` /
 * `import.encoding.*` name our fields and the text encodings. Use `importIssueMessage` to pick the key
 * and fill the parameters, and `describeImportIssue` for the whole sentence with where it is.
 */
import { formatDecimal } from '../format';
import type { Language } from '../translate';

export const importMessages = {
  vi: {
    'import.file-empty': 'Tệp rỗng, không có dữ liệu.',
    'import.json-invalid': 'Tệp không phải JSON hợp lệ.',
    'import.json-invalid.at-position': 'Tệp không phải JSON hợp lệ: sai cú pháp ở dòng {line}, cột {column}.',
    'import.json-invalid.truncated': 'Tệp JSON bị cắt cụt: tệp hết trước khi đóng hết các ngoặc. Hãy xuất lại hoặc tải lại tệp.',
    'import.not-a-feature-collection': 'Tệp không phải GeoJSON dạng FeatureCollection (cần "type": "FeatureCollection" và danh sách "features").',
    'import.layer-empty': 'Lớp không có thửa đất nào.',
    'import.format-unknown': 'Không nhận ra định dạng tệp “.{extension}”. Hãy dùng GeoJSON, Shapefile nén .zip hoặc bảng toạ độ góc thửa CSV.',
    'import.dgn-not-supported': 'Tệp DGN (MicroStation) không đọc được trong trình duyệt. Hãy xuất sang Shapefile hoặc DXF bằng MicroStation hoặc QGIS rồi mở lại.',
    'import.shapefile-not-zipped': 'Shapefile gồm nhiều tệp (.shp, .shx, .dbf, .prj, .cpg). Hãy nén cả bộ vào một tệp .zip rồi mở tệp .zip đó.',
    'import.zip-unreadable': 'Không giải nén được tệp .zip.',
    'import.zip-unreadable.not-a-zip': 'Tệp không phải tệp nén .zip (có thể là .rar hoặc .7z đổi tên). Hãy nén các tệp shapefile thành .zip.',
    'import.zip-unreadable.encrypted': 'Tệp .zip có đặt mật khẩu. Hãy nén lại không đặt mật khẩu.',
    'import.zip-unreadable.unsupported-compression': 'Tệp .zip dùng kiểu nén không đọc được ở đây (như Deflate64 của Windows với tệp lớn). Hãy nén lại bằng kiểu nén thường (Deflate), ví dụ bằng 7-Zip hoặc QGIS.',
    'import.zip-unreadable.damaged': 'Tệp .zip bị hỏng hoặc bị cắt cụt (tải về chưa hết?). Hãy tải hoặc nén lại tệp.',
    'import.zip-no-shapefile': 'Trong tệp .zip không có tệp .shp nào.',
    'import.zip-multiple-polygon-layers': 'Tệp .zip có nhiều lớp dạng vùng ({names}). Hãy để lại đúng một lớp thửa đất.',
    'import.shapefile-unreadable': 'Tệp hình {layer}.shp bị hỏng, không đọc được hình các đối tượng. Hãy xuất lại shapefile.',
    'import.shapefile-not-polygons': 'Lớp shapefile có kiểu {shapeType}, không phải vùng (Polygon): thửa đất phải là vùng khép kín.',
    'import.shapefile-dbf-missing': 'Thiếu tệp thuộc tính {layer}.dbf trong tệp .zip.',
    'import.dbf-unreadable': 'Tệp thuộc tính {layer}.dbf bị hỏng hoặc bị cắt cụt. Hãy xuất lại shapefile.',
    'import.shapefile-record-count-mismatch': 'Số đối tượng hình ({shapes}) khác số bản ghi thuộc tính ({records}): tệp .shp và .dbf không khớp nhau.',
    'import.csv-unreadable': 'Không đọc được tệp CSV: có dấu ngoặc kép (") mở mà không đóng, hoặc đặt sai chỗ trong ô.',
    'import.csv-no-data-rows': 'Tệp CSV chỉ có hàng tiêu đề, không có hàng dữ liệu.',
    'import.unknown-crs': 'Không nhận ra hệ toạ độ “{crs}”. phanlo đọc được WGS84 và VN-2000 múi chiếu 3° (kinh tuyến trục từ 102° đến 108°30′).',
    'import.coordinates-out-of-range': 'Toạ độ ({coordinates}) không nằm trong lãnh thổ Việt Nam theo hệ {crs} ({count} điểm như vậy).',
    'import.coordinates-out-of-range.swapped-axes': 'Toạ độ ({coordinates}) có vẻ bị đảo X và Y: X (hướng Bắc) khoảng 2 triệu mét, Y (hướng Đông) khoảng 500 nghìn mét. Hãy đổi chỗ hai cột ({count} điểm như vậy).',
    'import.coordinates-out-of-range.degrees-in-plane-file': 'Toạ độ ({coordinates}) là độ kinh vĩ (WGS84) nhưng tệp khai báo hệ phẳng {crs}. Hãy chọn hệ WGS84 ({count} điểm như vậy).',
    'import.coordinates-out-of-range.metres-in-wgs84-file': 'Toạ độ ({coordinates}) là mét của hệ phẳng VN-2000 nhưng tệp đang được đọc là WGS84. Hãy chọn đúng múi chiếu VN-2000 ({count} điểm như vậy).',
    'import.coordinates-out-of-range.outside-vietnam': 'Toạ độ ({coordinates}) nằm ngoài lãnh thổ Việt Nam theo hệ {crs}. Hãy kiểm tra lại hệ toạ độ ({count} điểm như vậy).',
    'import.feature-invalid': 'Đối tượng không phải GeoJSON Feature hợp lệ.',
    'import.geometry-missing': 'Đối tượng không có hình (geometry).',
    'import.geometry-type': 'Kiểu hình {actual} không dùng được ở đây; cần {expected}.',
    'import.geometry-coordinates-invalid': 'Toạ độ của hình không hợp lệ (cần các cặp số).',
    'import.polygon-too-few-corners': 'Vòng ranh giới {ring} chỉ có {corners} đỉnh, cần ít nhất 3.',
    'import.polygon-not-finite': 'Đỉnh {corner} của vòng ranh giới {ring} có toạ độ không phải số.',
    'import.polygon-self-intersection': 'Ranh thửa tự cắt: cạnh {edgeA} cắt cạnh {edgeB} (vòng {ring}; cạnh k nối đỉnh k với đỉnh k+1).',
    'import.polygon-zero-area': 'Vòng ranh giới {ring} có diện tích bằng 0.',
    'import.line-too-few-points': 'Đường chỉ có {points} điểm khác nhau, cần ít nhất 2.',
    'import.value-missing': 'Thiếu {target}.',
    'import.value-not-integer': 'Giá trị “{value}” của {target} phải là số nguyên dương.',
    'import.value-not-number': 'Giá trị “{value}” của {target} phải là số.',
    'import.value-not-text': 'Giá trị của {target} phải là chữ.',
    'import.land-use-code-invalid': 'Loại đất “{value}” không đúng dạng mã loại đất (2–4 chữ in hoa như LUC, BHK, ONT, DGT; đất nhiều mục đích ghi ONT+CLN).',
    'import.duplicate-parcel': 'Trùng số hiệu thửa: tờ/thửa {id} đã có ở đối tượng {first}.',
    'import.parcel-multipart': 'Thửa gồm {parts} phần rời nhau ({areasM2} m²). Một thửa phải là một vùng khép kín: hãy tách thành các thửa riêng.',
    'import.parcel-too-few-corners': 'Thửa {id} chỉ có {corners} điểm góc, cần ít nhất 3.',
    'import.corner-duplicate': 'Thửa {id}: điểm số {cornerNo} bị lặp (đã có ở hàng {first}).',
    'import.parcel-attribute-conflict': 'Thửa {id}: {target} “{value}” khác với “{firstValue}” ở hàng {first}.',
    'import.mapping-field-required': 'Chưa chọn cột/trường nào cho {target}.',
    'import.mapping-field-unknown': 'Tệp không có trường “{source}” (đã chọn cho {target}).',
    'import.site-role-missing': 'Đối tượng không có vai trò (thuộc tính role); cần zone, access-road, residential, separation hoặc entrance.',
    'import.site-role-unknown': 'Vai trò “{role}” không hợp lệ; cần zone, access-road, residential, separation hoặc entrance.',
    'import.zone-missing': 'Không có ranh giới khu quy hoạch (đối tượng có role "zone").',
    'import.zone-multiple': 'Có hơn một ranh giới khu quy hoạch (đã có ở đối tượng {first}).',
    'import.access-road-missing': 'Không có đường giao thông tiếp cận khu (đối tượng có role "access-road").',
    'import.access-road-not-touching': 'Tim đường tiếp cận cách ranh giới khu {distanceM} m, xa hơn mức cho phép {limitM} m (nửa bề rộng đường cộng 5 m).',
    'import.entrance-multiple': 'Có hơn một điểm lối vào (đã có ở đối tượng {first}).',
    'import.context-kind-unknown': 'Loại đối tượng “{kind}” không hợp lệ; cần road, canal hoặc village.',
    'import.access-road-width-assumed': 'Đường tiếp cận không có bề rộng (thuộc tính widthM); đã lấy {assumedM} m như đường xã hai làn. Thêm widthM (m) vào tệp nếu đường rộng khác.',
    'import.zone-role-assumed': 'Không có đối tượng nào ghi role "zone": vùng duy nhất trong tệp được coi là ranh giới khu.',
    'import.separation-strip-assumed': 'Đường phân cách (role separation) không ghi bề rộng dải cây xanh còn lại (thuộc tính stripM); đã lấy {assumedM} m, nên cạnh này không đạt dải cách ly {requiredM} m của QCVN 01:2021/BXD mục 2.5.2. Thêm stripM (m) vào tệp nếu giữ lại một dải.',
    'import.multipart-slivers-dropped': 'Thửa có {parts} phần; đã bỏ các mảnh vụn (tổng {droppedAreaM2} m²) và giữ phần lớn nhất.',
    'import.zip-other-layers-ignored': 'Đã dùng lớp {layer}; bỏ qua các lớp khác: {names}.',
    'import.dbf-encoding-guessed': 'Tệp thuộc tính không ghi bảng mã; đã đoán là {encoding}. Nếu tên chủ sử dụng sai dấu, hãy chọn bảng mã khác.',
    'import.dbf-encoding-unknown': 'Không nhận ra bảng mã “{label}” ghi trong tệp .cpg; đã tự đoán bảng mã.',
    'import.dbf-deleted-records-skipped': 'Đã bỏ qua {count} bản ghi đã bị đánh dấu xoá trong tệp .dbf.',
    'import.csv-encoding-guessed': 'Tệp CSV không phải UTF-8; đã đoán bảng mã là {encoding}. Nếu chữ sai dấu, hãy chọn bảng mã khác.',
    'import.prj-datum-assumed-vn2000': 'Tệp .prj “{name}” không ghi datum VN-2000; đã coi là VN-2000 ({crs}) theo phép chiếu TM-3. Hãy kiểm tra vị trí các thửa trên bản đồ.',
    'import.where.file': 'tệp {file}',
    'import.where.row': 'hàng {row}',
    'import.where.feature': 'đối tượng số {feature}',
    'import.where.parcel': 'tờ {sheet} / thửa {parcel}',
    'import.where.field': 'trường “{field}”',
    'import.coordinates-too-coarse': 'Toạ độ trong tệp chỉ có {decimals} chữ số thập phân (lưới khoảng {quantumCm} cm), chưa đủ cho diện tích tính tới 0,1 m²: diện tích có thể lệch khoảng ±{errorM2} m² (nhiều nhất ở thửa {id}; {count} thửa bị ảnh hưởng). Hãy xuất lại với nhiều chữ số hơn: ogr2ogr -lco COORDINATE_PRECISION=9, hoặc trong QGIS khi xuất GeoJSON (Export › Save Features As…) đặt COORDINATE_PRECISION = 9; tốt nhất là xuất toạ độ VN-2000 tới milimét.',
    'import.field.sheetNo': 'số tờ',
    'import.field.parcelNo': 'số thửa',
    'import.field.landUseCode': 'loại đất',
    'import.field.landUser': 'chủ sử dụng',
    'import.field.registeredAreaM2': 'diện tích theo hồ sơ (m²)',
    'import.field.cornerNo': 'số hiệu điểm',
    'import.field.x': 'toạ độ X (hướng Bắc) hoặc vĩ độ',
    'import.field.y': 'toạ độ Y (hướng Đông) hoặc kinh độ',
    'import.field.widthM': 'bề rộng đường (m)',
    'import.field.name': 'tên',
    'import.encoding.utf-8': 'UTF-8 (Unicode)',
    'import.encoding.windows-1258': 'Windows-1258 (CP1258)',
    'import.encoding.tcvn3': 'TCVN3 (ABC, phông .VnTime)',
  },
  en: {
    'import.file-empty': 'The file is empty.',
    'import.json-invalid': 'The file is not valid JSON.',
    'import.json-invalid.at-position': 'The file is not valid JSON: a syntax error at line {line}, column {column}.',
    'import.json-invalid.truncated': 'The JSON file is cut short: it ends before every bracket is closed. Export or download it again.',
    'import.not-a-feature-collection': 'The file is not a GeoJSON FeatureCollection ("type": "FeatureCollection" with a "features" list).',
    'import.layer-empty': 'The layer has no parcels.',
    'import.format-unknown': 'Unknown file format “.{extension}”. Use GeoJSON, a zipped shapefile or a CSV table of parcel corners.',
    'import.dgn-not-supported': 'DGN (MicroStation) files cannot be read in a browser. Export to Shapefile or DXF with MicroStation or QGIS, then open that file.',
    'import.shapefile-not-zipped': 'A shapefile is several files (.shp, .shx, .dbf, .prj, .cpg). Put them all in one .zip and open the .zip.',
    'import.zip-unreadable': 'The .zip file cannot be unpacked.',
    'import.zip-unreadable.not-a-zip': 'The file is not a .zip archive (perhaps a renamed .rar or .7z). Zip the shapefile’s files into a .zip.',
    'import.zip-unreadable.encrypted': 'The .zip file is password-protected. Zip the files again without a password.',
    'import.zip-unreadable.unsupported-compression': 'The .zip file uses a compression method that cannot be read here (such as Windows’ Deflate64 for large files). Zip it again with ordinary Deflate, e.g. with 7-Zip or QGIS.',
    'import.zip-unreadable.damaged': 'The .zip file is damaged or cut short (an unfinished download?). Download or zip it again.',
    'import.zip-no-shapefile': 'The .zip file contains no .shp file.',
    'import.zip-multiple-polygon-layers': 'The .zip file has several polygon layers ({names}). Leave exactly one parcel layer in it.',
    'import.shapefile-unreadable': 'The shape file {layer}.shp is damaged: the shapes cannot be read. Export the shapefile again.',
    'import.shapefile-not-polygons': 'The shapefile holds {shapeType} shapes, not polygons: parcels must be closed areas.',
    'import.shapefile-dbf-missing': 'The attribute file {layer}.dbf is missing from the .zip.',
    'import.dbf-unreadable': 'The attribute file {layer}.dbf is damaged or cut short. Export the shapefile again.',
    'import.shapefile-record-count-mismatch': 'The .shp holds {shapes, plural, one {# shape} other {# shapes}} but the .dbf {records, plural, one {# attribute record} other {# attribute records}}: they do not belong together.',
    'import.csv-unreadable': 'The CSV file cannot be read: a double quote (") is opened and never closed, or stands in the wrong place in a cell.',
    'import.csv-no-data-rows': 'The CSV file has a header row but no data rows.',
    'import.unknown-crs': 'Unknown coordinate reference system “{crs}”. phanlo reads WGS84 and VN-2000 3° zones (central meridians 102° to 108°30′).',
    'import.coordinates-out-of-range': 'Coordinates ({coordinates}) are not in Vietnam in {crs} ({count, plural, one {# such point} other {# such points}}).',
    'import.coordinates-out-of-range.swapped-axes': 'Coordinates ({coordinates}) look like X and Y swapped: X (northing) is about 2 million metres, Y (easting) about 500 thousand. Swap the two columns ({count, plural, one {# such point} other {# such points}}).',
    'import.coordinates-out-of-range.degrees-in-plane-file': 'Coordinates ({coordinates}) are degrees (WGS84) but the file declares the plane CRS {crs}. Choose WGS84 ({count, plural, one {# such point} other {# such points}}).',
    'import.coordinates-out-of-range.metres-in-wgs84-file': 'Coordinates ({coordinates}) are VN-2000 plane metres but the file is being read as WGS84. Choose the right VN-2000 zone ({count, plural, one {# such point} other {# such points}}).',
    'import.coordinates-out-of-range.outside-vietnam': 'Coordinates ({coordinates}) fall outside Vietnam in {crs}. Check the coordinate reference system ({count, plural, one {# such point} other {# such points}}).',
    'import.feature-invalid': 'This is not a valid GeoJSON Feature.',
    'import.geometry-missing': 'The feature has no geometry.',
    'import.geometry-type': 'A {actual} geometry cannot be used here; expected {expected}.',
    'import.geometry-coordinates-invalid': 'The geometry coordinates are malformed (pairs of numbers expected).',
    'import.polygon-too-few-corners': 'Boundary ring {ring} has only {corners, plural, one {# corner} other {# corners}}; at least 3 are needed.',
    'import.polygon-not-finite': 'Corner {corner} of boundary ring {ring} is not a number.',
    'import.polygon-self-intersection': 'The parcel boundary crosses itself: edge {edgeA} crosses edge {edgeB} (ring {ring}; edge k joins corner k to corner k+1).',
    'import.polygon-zero-area': 'Boundary ring {ring} has zero area.',
    'import.line-too-few-points': 'The line has only {points, plural, one {# distinct point} other {# distinct points}}; at least 2 are needed.',
    'import.value-missing': 'The {target} is missing.',
    'import.value-not-integer': 'The {target} “{value}” must be a whole number above zero.',
    'import.value-not-number': 'The {target} “{value}” must be a number.',
    'import.value-not-text': 'The {target} must be text.',
    'import.land-use-code-invalid': 'Land-use code “{value}” does not look like one (2–4 capital letters such as LUC, BHK, ONT, DGT; mixed use as ONT+CLN).',
    'import.duplicate-parcel': 'Duplicate parcel: sheet/parcel {id} is already feature {first}.',
    'import.parcel-multipart': 'The parcel has {parts} separate parts ({areasM2} m²). A parcel is one closed area: split it into separate parcels.',
    'import.parcel-too-few-corners': 'Parcel {id} has only {corners, plural, one {# corner} other {# corners}}; at least 3 are needed.',
    'import.corner-duplicate': 'Parcel {id}: point number {cornerNo} appears twice (first at row {first}).',
    'import.parcel-attribute-conflict': 'Parcel {id}: {target} “{value}” differs from “{firstValue}” at row {first}.',
    'import.mapping-field-required': 'No column or field is chosen for the {target}.',
    'import.mapping-field-unknown': 'The file has no field “{source}” (chosen for the {target}).',
    'import.site-role-missing': 'The feature has no role (attribute role); expected zone, access-road, residential, separation or entrance.',
    'import.site-role-unknown': 'Role “{role}” is not valid; expected zone, access-road, residential, separation or entrance.',
    'import.zone-missing': 'There is no zone boundary (a feature with role "zone").',
    'import.zone-multiple': 'There is more than one zone boundary (the first is feature {first}).',
    'import.access-road-missing': 'There is no access road (a feature with role "access-road").',
    'import.access-road-not-touching': 'The access road centre line is {distanceM} m from the zone boundary, more than the {limitM} m allowed (half the road width plus 5 m).',
    'import.entrance-multiple': 'There is more than one entrance point (the first is feature {first}).',
    'import.context-kind-unknown': 'Kind “{kind}” is not valid; expected road, canal or village.',
    'import.access-road-width-assumed': 'The access road has no width (attribute widthM); {assumedM} m was assumed, as for a two-lane commune road. Add widthM (m) to the file if the road is wider or narrower.',
    'import.zone-role-assumed': 'No feature has role "zone": the only area in the file is taken as the zone boundary.',
    'import.separation-strip-assumed': 'The separation line (role separation) gives no width for the green strip kept along it (attribute stripM); {assumedM} m was assumed, so this edge does not meet the {requiredM} m strip of QCVN 01:2021/BXD 2.5.2. Add stripM (m) to the file to keep a strip.',
    'import.multipart-slivers-dropped': 'The parcel has {parts} parts; slivers totalling {droppedAreaM2} m² were dropped and the largest part kept.',
    'import.zip-other-layers-ignored': 'Layer {layer} was used; other layers were ignored: {names}.',
    'import.dbf-encoding-guessed': 'The attribute file does not name its encoding; it was read as {encoding}. If land users’ names look wrong, choose another encoding.',
    'import.dbf-encoding-unknown': 'The encoding “{label}” named in the .cpg file is unknown; the encoding was guessed.',
    'import.dbf-deleted-records-skipped': '{count, plural, one {# record marked as deleted in the .dbf was skipped} other {# records marked as deleted in the .dbf were skipped}}.',
    'import.csv-encoding-guessed': 'The CSV file is not UTF-8; it was read as {encoding}. If the text looks wrong, choose another encoding.',
    'import.prj-datum-assumed-vn2000': 'The .prj “{name}” does not name the VN-2000 datum; it was taken as VN-2000 ({crs}) from its TM-3 projection. Check where the parcels fall on the map.',
    'import.where.file': 'file {file}',
    'import.where.row': 'row {row}',
    'import.where.feature': 'feature {feature}',
    'import.where.parcel': 'sheet {sheet} / parcel {parcel}',
    'import.where.field': 'field “{field}”',
    'import.coordinates-too-coarse': 'The file writes coordinates with only {decimals, plural, one {# decimal} other {# decimals}} (a grid of about {quantumCm} cm), too coarse for areas to 0.1 m²: areas may be off by about ±{errorM2} m² (most at parcel {id}; {count, plural, one {# parcel} other {# parcels}} affected). Export again with more decimals: ogr2ogr -lco COORDINATE_PRECISION=9, or in QGIS set COORDINATE_PRECISION = 9 when saving as GeoJSON (Export › Save Features As…); best, export VN-2000 coordinates to the millimetre.',
    'import.field.sheetNo': 'map sheet number',
    'import.field.parcelNo': 'parcel number',
    'import.field.landUseCode': 'land-use code',
    'import.field.landUser': 'land user',
    'import.field.registeredAreaM2': 'area on record (m²)',
    'import.field.cornerNo': 'point number',
    'import.field.x': 'X (northing) or latitude',
    'import.field.y': 'Y (easting) or longitude',
    'import.field.widthM': 'road width (m)',
    'import.field.name': 'name',
    'import.encoding.utf-8': 'UTF-8 (Unicode)',
    'import.encoding.windows-1258': 'Windows-1258 (CP1258)',
    'import.encoding.tcvn3': 'TCVN3 (ABC, .VnTime fonts)',
  },
} satisfies { vi: Record<string, string>; en: Record<string, string> };

type Params = Readonly<Record<string, string | number>>;

/**
 * Parameters that are measures, by the unit their name ends in, and how a message writes them in the
 * reader's language: areas to 0.1 m² ("1.250,3"; a list "592,3 + 1,2" joined by " + "), lengths
 * and centimetres to at most 2 decimals. Readers keep numbers as numbers (or "1000.0 + 570.0").
 */
const MEASURE_FORMATS: readonly { readonly suffix: string; readonly format: (v: number, language: Language) => string }[] = [
  { suffix: 'M2', format: (v, language) => formatDecimal(v, language, 1) },
  { suffix: 'Cm', format: (v, language) => formatUpTo(v, language, 2) },
  { suffix: 'M', format: (v, language) => formatUpTo(v, language, 2) },
];

function formatUpTo(value: number, language: Language, fractionDigits: number): string {
  const rounded = Math.round(value * 10 ** fractionDigits) / 10 ** fractionDigits;
  const digits = (String(rounded).split('.')[1] ?? '').length;
  return formatDecimal(rounded, language, digits);
}

function formatMeasure(name: string, value: string | number, language: Language): string | number {
  const measure = MEASURE_FORMATS.find((m) => name.endsWith(m.suffix));
  if (!measure) return value;
  if (typeof value === 'number') return measure.format(value, language);
  const parts = value.split(' + ').map(Number);
  return parts.every(Number.isFinite) ? parts.map((v) => measure.format(v, language)).join(' + ') : value;
}
/** Any translate function: (key, params) → text, such as src/i18n's `t`. */
export type TranslateFunction = (key: string, params?: Record<string, string | number>) => string;

/** The message key of an issue: `import.<code>`, or the cause's own message for out-of-range coordinates. */
export function importMessageKey(issue: { readonly code: string; readonly params?: Params }): string {
  const cause = issue.params?.cause;
  const specific = `import.${issue.code}.${cause}`;
  return cause !== undefined && specific in importMessages.vi ? specific : `import.${issue.code}`;
}

/**
 * "What is wrong" of an issue in the current language: the right key, with our field names (`target`)
 * and encodings written out through `t`, and measures (…M2, …M, …Cm) in the form of `language`.
 * Where it is (file, row, feature, field) is for the caller.
 */
export function importIssueMessage(
  issue: { readonly code: string; readonly params?: Params },
  t: TranslateFunction,
  language: Language = 'vi',
): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params ?? {})) params[name] = formatMeasure(name, value, language);
  if (typeof params.target === 'string') params.target = t(`import.field.${params.target}`);
  if (typeof params.encoding === 'string') params.encoding = t(`import.encoding.${params.encoding}`);
  return t(importMessageKey(issue), params);
}

/** A reader's issue as the screens show it: what (code, params) and where (file, row, feature, parcel, field). */
export interface DescribedIssue {
  readonly file: string;
  readonly code: string;
  readonly row?: number;
  readonly feature?: number;
  readonly parcelId?: string;
  readonly field?: string;
  readonly params?: Params;
}

/**
 * Where an issue is, in words: "tệp a.zip, đối tượng số 42 (tờ 12 / thửa 43), trường “DIENTICH”".
 * A feature or row is named by its number (the fid QGIS shows, the spreadsheet row) AND by the
 * parcel it holds, when its sheet and parcel numbers read.
 */
export function importIssuePlace(issue: DescribedIssue, t: TranslateFunction): string {
  const [sheet, parcel] = issue.parcelId?.split('/') ?? [];
  const parcelText = issue.parcelId !== undefined ? t('import.where.parcel', { sheet, parcel }) : null;
  const numbered = (text: string) => (parcelText === null ? text : `${text} (${parcelText})`);
  const places = [
    t('import.where.file', { file: issue.file }),
    issue.row !== undefined ? numbered(t('import.where.row', { row: issue.row })) : null,
    issue.feature !== undefined ? numbered(t('import.where.feature', { feature: issue.feature })) : null,
    issue.row === undefined && issue.feature === undefined ? parcelText : null,
    issue.field !== undefined ? t('import.where.field', { field: issue.field }) : null,
  ];
  return places.filter((p): p is string => p !== null).join(', ');
}

/** The whole sentence of an issue: what is wrong, then where ("… — tệp a.zip, hàng 5 (tờ 12 / thửa 43)"). */
export function describeImportIssue(issue: DescribedIssue, t: TranslateFunction, language: Language = 'vi'): string {
  return `${importIssueMessage(issue, t, language)} — ${importIssuePlace(issue, t)}`;
}
