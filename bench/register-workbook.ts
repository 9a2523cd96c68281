/** A register workbook of `count` entries as communes write them (title block, STT, total row), made with ExcelJS. */
import ExcelJS from 'exceljs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hoa', 'Hương', 'Lan', 'Nam', 'Sơn', 'Tuấn', 'Yến'];
const TRADES = ['Mộc', 'Cơ khí', 'Chế biến thực phẩm', 'Dệt may', 'Vật liệu xây dựng', 'Tái chế', 'Dịch vụ', 'Làm hương'];

export async function registerWorkbookBytes(count: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  sheet.addRow(['DANH SÁCH ĐĂNG KÝ']);
  sheet.addRow(['STT', 'Tên hộ/cơ sở', 'Người đại diện', 'Điện thoại', 'CCCD/MST', 'Ngành nghề', 'Địa chỉ hiện tại', 'Diện tích cần (m²)', 'Số lao động', 'Phát thải', 'Nguy cơ cháy', 'Vay vốn (triệu đồng)', 'Ghi chú', 'Ngày đăng ký']);
  for (let i = 0; i < count; i++) {
    const name = `${FAMILY[i % 10]} ${MIDDLE[i % 6]} ${GIVEN[i % 11]} ${i}`;
    sheet.addRow([i + 1, name, name, `09${String(10_000_000 + i).padStart(8, '0')}`, `0010850${String(i).padStart(5, '0')}`, TRADES[i % 8], `thôn ${i % 7}`,
      100 + (i % 50) * 10.5, 1 + (i % 20), i % 3 ? 'ồn, bụi' : null, ['thấp', 'trung bình', 'cao'][i % 3], i % 4 ? null : 200, null, new Date(Date.UTC(2024, i % 12, 1 + (i % 28)))]);
  }
  sheet.addRow([null, 'Tổng cộng']);
  return new Uint8Array(await book.xlsx.writeBuffer() as ArrayBuffer);
}
