/** Error and info notices shown as banners; the newest few are kept. */
import type { Notice, UiState } from '../types';
import type { ActionHandlers } from './handlers';

const MAX_NOTICES = 5;

/** Adds a notice with a fresh id, dropping the oldest beyond the limit. */
export function addNotice(state: UiState, kind: Notice['kind'], text: string, code?: string): UiState {
  const id = state.noticeSeq + 1;
  const notice: Notice = code ? { id, kind, text, code } : { id, kind, text };
  return { ...state, noticeSeq: id, notices: [...state.notices, notice].slice(-MAX_NOTICES) };
}

/** Redis answers again: what failed because it was down is no longer news (the banner said "back"). */
export function dropRedisOutageNotices(state: UiState): UiState {
  const notices = state.notices.filter((n) => n.code !== 'redis_unavailable');
  return notices.length === state.notices.length ? state : { ...state, notices };
}

/** Notice actions: one reported, one dismissed. */
export const noticeActions = {
  notice: (state, action) => addNotice(state, action.kind, action.text, action.code),
  'notice.dismissed': (state, action) => ({ ...state, notices: state.notices.filter((n) => n.id !== action.id) }),
} satisfies ActionHandlers;
