/**
 * Field mode's words for who holds the plot under the user (the register's part field staff need):
 * the household or enterprise it is allocated or offered to, and the allocation's status. Added with
 * the field chunk (FieldPage.tsx).
 */
export const fieldHolderMessages = {
  vi: {
    'field.holder': 'Giao cho',
    'field.holder.none': 'Chưa giao — lô còn trống',
    'field.holder.unknown': 'Hộ/cơ sở không còn trong sổ',
    'field.holder.reading': 'Đang đọc sổ đăng ký…',
    'field.holder.status.offered': 'Đề xuất',
    'field.holder.status.accepted': 'Đồng ý',
    'field.holder.status.paid': 'Đã nộp tiền',
    'field.holder.status.building': 'Đang xây dựng',
    'field.holder.status.operating': 'Đang hoạt động',
    'field.holder.status.withdrawn': 'Đã rút',
  },
  en: {
    'field.holder': 'Allocated to',
    'field.holder.none': 'Not allocated — the plot is free',
    'field.holder.unknown': 'Household/enterprise no longer in the register',
    'field.holder.reading': 'Reading the register…',
    'field.holder.status.offered': 'Offered',
    'field.holder.status.accepted': 'Accepted',
    'field.holder.status.paid': 'Paid in full',
    'field.holder.status.building': 'Building',
    'field.holder.status.operating': 'Operating',
    'field.holder.status.withdrawn': 'Withdrawn',
  },
} as const;
