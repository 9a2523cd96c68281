/**
 * The land-recovery words the first load can show before the recovery screen's catalogue arrives: the
 * undo labels of its changes (Ctrl+Z undoes them from any screen, after a reload too) and the rates
 * form's field labels, which the stored-data notice names (src/state/stored-data-problems.ts).
 * The rest stays in recovery.ts, loaded with the screen.
 */
export const recoveryLabelMessages = {
  vi: {
    'recovery.rates.saved': 'Đã lưu đơn giá và dự toán.',
    'recovery.extras.saved': 'Đã lưu tài sản trên đất của thửa {parcel}, tờ {sheet}.',
    'recovery.rates.landPrice': 'Giá đất (đ/m²)',
    'recovery.rates.cropRate': 'Cây trồng, hoa màu (đ/m²)',
    'recovery.rates.grave': 'Di chuyển mồ mả (đ/mộ)',
    'recovery.rates.jobSupportMultiple': 'Hỗ trợ chuyển đổi nghề, tìm kiếm việc làm (số lần giá đất)',
    'recovery.rates.stabilisingLife': 'Hỗ trợ ổn định đời sống (đ/m², 0 = không tính)',
    'recovery.rates.organisationShare': 'Chi phí tổ chức thực hiện (% tổng bồi thường, hỗ trợ)',
    'recovery.rates.compensatePublicLand': 'Bồi thường về đất cho thửa không có chủ sử dụng (đất công)',
  },
  en: {
    'recovery.rates.saved': 'Rates and budget saved.',
    'recovery.extras.saved': 'Assets on parcel {parcel}, sheet {sheet} saved.',
    'recovery.rates.landPrice': 'Land price (VND/m²)',
    'recovery.rates.cropRate': 'Crops (VND/m²)',
    'recovery.rates.grave': 'Moving graves (VND per grave)',
    'recovery.rates.jobSupportMultiple': 'Job-conversion and job-search support (times the land price)',
    'recovery.rates.stabilisingLife': 'Stabilising-life support (VND/m², 0 = none)',
    'recovery.rates.organisationShare': 'Organisation cost (% of compensation and support)',
    'recovery.rates.compensatePublicLand': 'Pay for the land of parcels without a land user (public land)',
  },
} satisfies { vi: Record<string, string>; en: Record<string, string> };
