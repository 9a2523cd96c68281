/**
 * Usage text of `phanlo`, in English and Vietnamese.
 */

export const USAGE = `phanlo: plan a small-industry zone (phân lô khu sản xuất tập trung)

Usage:
  phanlo layout <zone.geojson> [--params params.json] [--previous layout.geojson]
                [--format geojson|dxf|kml|csv] [--crs <plane crs>] [--out FILE]
  phanlo convert --from <crs> --to <crs> [in.csv] < in.csv > out.csv
  phanlo sheets <layout.geojson> --out sheets.pdf [--plots A-01,A-02] [--data backup.json]
  phanlo help | --help

With npm:  npm run --silent phanlo -- layout public/geo/dong-doc-zone.geojson --format dxf --out zone.dxf

layout   Subdivides the zone into workshop plots with roads, green strips, facilities and
         building envelopes, computed in VN-2000 plane metres.
         <zone.geojson>  a FeatureCollection in WGS84, or in VN-2000 with the legacy "crs" member
                         (as QGIS writes it): one Polygon role "zone", LineStrings role "access-road"
                         and role "residential", optionally LineStrings role "separation" (stripM)
                         and a Point role "entrance". A file whose only polygon has no role: that
                         polygon is the zone (with a warning).
         --params FILE   JSON object overriding the defaults (mainRoadWidthM, branchRoadWidthM,
                         kerbRadiusM, greenBufferM, perimeterGreenM, targetFrontageM, minFrontageM,
                         maxDepthRatio, minPlotAreaM2, maxPlotAreaM2, frontSetbackM, rearSetbackM,
                         fireSeparationM, maxDeadEndM, turnaroundM, facilities); unknown names are errors.
         --previous FILE a layout GeoJSON written before: unmoved plots keep their codes.
         --format F      geojson (default, WGS84, 9 decimals, member "phanlo" with CRS, parameters,
                         land-use balance and warnings); dxf (AutoCAD R12, VN-2000 metres, X = easting,
                         Y = northing, one layer per kind); kml (Google Earth); csv (corner table of
                         every plot: plot_code, point_no, x = northing, y = easting, edge_length_m;
                         point 1 = the most north-western corner, then clockwise).
         --crs CRS       plane CRS for a WGS84 zone file (default EPSG:9209, VN-2000 TM-3 105°30′).
         --out FILE      write there instead of standard output.

convert  Converts the coordinate columns of a CSV (comma, decimal point, header row).
         WGS84 columns: lat, lon. VN-2000 columns: x (northing), y (easting). Other columns pass
         through unchanged. Metres are written to 3 decimals, degrees to 9.
         <crs>  EPSG:4326, EPSG:9205 … EPSG:9218, or vn2000:<central meridian in degrees>,
                e.g. vn2000:105.5 (Hải Dương, = EPSG:9209) or vn2000:107.75.

sheets   Plot sheets (sơ đồ lô đất): one A4 page per plot of a layout file written by
         \`phanlo layout\`, as one PDF: quốc hiệu and title block, the plot at a stated scale with
         edge lengths and corners numbered clockwise from the north-west, scale bar, north arrow,
         the VN-2000 corner table (X = northing, Y = easting, to the millimetre), area, frontage,
         setbacks, envelope, signature blocks and a QR code opening the plot on a phone's map.
         --plots CODES   only these plots, in this order (comma-separated).
         --data FILE     a phanlo backup file: the household each plot is allocated to in its
                         approved variant, and its place names, are printed on the sheets.

Exit status: 0 done; 1 bad input (the message names the file, row and column or field); 2 bad command line.

Tiếng Việt:
  phanlo layout <khu.geojson> [--params tham-so.json] [--previous phuong-an-cu.geojson]
                [--format geojson|dxf|kml|csv] [--crs <hệ toạ độ phẳng>] [--out TỆP]
      Chia lô khu sản xuất: đường nội bộ, dải cây xanh cách ly, khu kỹ thuật, lô xưởng và phạm vi
      xây dựng, tính trên mặt phẳng VN-2000 (mét). --previous giữ nguyên mã các lô không thay đổi.
      csv: bảng toạ độ góc thửa (X = toạ độ Bắc, Y = toạ độ Đông; điểm 1 là góc Tây Bắc nhất,
      đánh số theo chiều kim đồng hồ). dxf: mỗi loại một lớp, X của DXF = toạ độ Đông.
  phanlo convert --from <hệ> --to <hệ> < vao.csv > ra.csv
      Chuyển toạ độ trong tệp CSV (dấu phẩy ngăn cột, dấu chấm thập phân, có dòng tiêu đề):
      cột lat, lon (WGS84) hoặc x (Bắc), y (Đông) (VN-2000); các cột khác giữ nguyên.
      Hệ: EPSG:4326, EPSG:9205 … EPSG:9218, hoặc vn2000:<kinh tuyến trục>, ví dụ vn2000:105.5.
  phanlo sheets <phuong-an.geojson> --out so-do.pdf [--plots A-01,A-02] [--data sao-luu.json]
      Sơ đồ lô đất khổ A4, mỗi lô một trang (bảng toạ độ VN-2000, mã QR vị trí lô); có tệp sao lưu
      thì in tên hộ được giao lô.
  Mã thoát: 0 thành công; 1 dữ liệu sai (báo tệp, dòng, cột); 2 sai cú pháp lệnh.
`;
