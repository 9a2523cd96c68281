/** Words of the suggestion's groups of adjacent plots (#/registry, the suggestion dialog). */
export const allocationGroupMessages = {
  vi: {
    'allocationGroups.explain': 'Hồ sơ cần diện tích lớn hơn lô lớn nhất còn trống được gợi ý một nhóm 2–3 lô liền kề (chung ranh giới), giao thành một.',
    'allocationGroups.group': 'nhóm {count} lô liền kề, tổng {area}',
    'allocationGroups.needGroup': '{count} hồ sơ cần nhiều hơn lô lớn nhất còn trống mà không còn nhóm lô liền kề phù hợp ({names}): hãy chọn nhóm lô trên bản đồ.',
    'allocationGroups.notExact': 'Có quá nhiều hồ sơ cần nhóm lô: đây là phương án tốt nhất tìm được, chưa chứng minh là tối ưu.',
  },
  en: {
    'allocationGroups.explain': 'An entry needing more area than the largest free plot is suggested a group of 2–3 adjacent plots (sharing a boundary), offered as one.',
    'allocationGroups.group': 'group of {count} adjacent plots, {area} in all',
    'allocationGroups.needGroup': '{count} entries need more than the largest free plot and no fitting group of adjacent plots is left ({names}): choose a group on the map.',
    'allocationGroups.notExact': 'Too many entries need a group of plots: this is the best answer found, not proven the least.',
  },
} as const;
