/** Error and info notices shown as banners; the newest few are kept. */
import type { Notice, UiState } from '../types';
import type { ActionHandlers } from './handlers';

const MAX_NOTICES = 5;

/** Adds a notice with a fresh id, dropping the oldest beyond the limit. */
export function addNotice(state: UiState, kind: Notice['kind'], text: string): UiState {
  const id = state.noticeSeq + 1;
  return { ...state, noticeSeq: id, notices: [...state.notices, { id, kind, text }].slice(-MAX_NOTICES) };
}

/** Notice actions: one reported, one dismissed. */
export const noticeActions = {
  notice: (state, action) => addNotice(state, action.kind, action.text),
  'notice.dismissed': (state, action) => ({ ...state, notices: state.notices.filter((n) => n.id !== action.id) }),
} satisfies ActionHandlers;
