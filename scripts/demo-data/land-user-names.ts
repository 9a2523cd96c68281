/** Fictitious but plausible Vietnamese names of land users for the demo data. */
import type { Random } from './plane-cuts';

// ---------------------------------------------------------------- fictitious land users
export const FAMILY: readonly [string, number][] = [
  ['Nguyễn', 26], ['Phạm', 10], ['Vũ', 9], ['Trần', 8], ['Đỗ', 7], ['Bùi', 7], ['Lê', 5], ['Hoàng', 4], ['Đào', 4],
  ['Đặng', 3], ['Ngô', 3], ['Mạc', 2], ['Dương', 2], ['Lương', 2], ['Phan', 2], ['Đinh', 2], ['Hà', 1], ['Tăng', 1],
];
export const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Văn', 'Văn', 'Đức', 'Hữu', 'Xuân', 'Quang', 'Minh', 'Công', 'Đình', 'Ngọc', 'Thanh', 'Trọng', 'Duy', 'Mạnh', 'Tiến'];
export const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Kim', 'Minh'];
export const MALE_GIVEN = ('Hùng Dũng Tuấn Thắng Hải Long Nam Bình Cường Thành Tùng Sơn Hòa Quý Khánh Toàn Đạt Huy Lâm Phúc Tiến ' +
  'Hưng Chiến Thịnh Vinh Lợi Tâm Mạnh Quyết Trường Hiếu Kiên Tú Nghĩa Đông Tài Luân Cảnh Huấn Bảo Thuận Sáng Chung Khoa Hậu').split(' ');
export const FEMALE_GIVEN = ('Lan Hương Hoa Mai Hằng Nga Thảo Huyền Liên Yến Hạnh Dung Nhung Thủy Loan Tuyết Xuân Oanh Phượng Thơm ' +
  'Gấm Hiền Nhàn Tươi Vân Hà Lụa Huệ Thoa Lý Hồng Ngân').split(' ');

export function nameMaker(rand: Random): () => string {
  const used = new Set<string>();
  const familyTotal = FAMILY.reduce((s, [, w]) => s + w, 0);
  const family = (): string => {
    let r = rand.next() * familyTotal;
    for (const [name, w] of FAMILY) if ((r -= w) < 0) return name;
    return FAMILY[0][0];
  };
  return () => {
    for (;;) {
      const male = rand.next() < 0.62;
      const name = `${family()} ${rand.pick(male ? MALE_MIDDLE : FEMALE_MIDDLE)} ${rand.pick(male ? MALE_GIVEN : FEMALE_GIVEN)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

