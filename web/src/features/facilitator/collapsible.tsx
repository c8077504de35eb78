import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Mode = 'browse' | 'search';

/** Which groups were opened or closed by hand, per mode: `${mode}:${group id}` → open. */
interface GroupChoices {
  isOpen(mode: Mode, id: string): boolean | undefined;
  choose(mode: Mode, id: string, open: boolean): void;
}

const GroupChoicesContext = createContext<GroupChoices | null>(null);

/**
 * Keeps the open/closed choices of every group below it, above the groups themselves: a search
 * unmounts the groups it filters out, and clearing it must bring them back as they were left.
 */
export function GroupChoicesProvider({ children }: { children: ReactNode }) {
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const choose = useCallback((mode: Mode, id: string, open: boolean) => setChoices((c) => ({ ...c, [`${mode}:${id}`]: open })), []);
  const value = useMemo<GroupChoices>(() => ({ isOpen: (mode, id) => choices[`${mode}:${id}`], choose }), [choices, choose]);
  return <GroupChoicesContext.Provider value={value}>{children}</GroupChoicesContext.Provider>;
}

/** Props of `Collapsible`. */
export interface CollapsibleProps {
  /** Unique among the groups under one `GroupChoicesProvider` (a path such as `preferences/personal_assistant/food`). */
  id: string;
  /** The heading, always shown. */
  title: ReactNode;
  /** Beside the heading: counts, or the matches of a search. */
  summary?: ReactNode;
  /** Open at first while browsing; a search opens every group it shows. */
  defaultOpen: boolean;
  searching: boolean;
  /** `data-testid` of the group; its toggle is `${testId}-toggle`. */
  testId: string;
  /** Extra `data-*` attributes (ids the tests and styles pick groups by). */
  data?: Record<`data-${string}`, string>;
  /** The body, built only while open: a closed group of 200 messages costs nothing. */
  children: () => ReactNode;
}

/**
 * A group that opens and closes. Choices are kept per mode, so a search opens what it found and
 * clearing it brings back the groups as they were left.
 */
export function Collapsible({ id, title, summary, defaultOpen, searching, testId, data, children }: CollapsibleProps) {
  const choices = useContext(GroupChoicesContext);
  if (!choices) throw new Error('Collapsible needs a GroupChoicesProvider above it');
  const mode: Mode = searching ? 'search' : 'browse';
  const open = choices.isOpen(mode, id) ?? (searching || defaultOpen);
  return (
    <div className="group" data-testid={testId} data-open={open} {...data}>
      <button type="button" className="group-head" aria-expanded={open} data-testid={`${testId}-toggle`} onClick={() => choices.choose(mode, id, !open)}>
        <span className="group-chevron" aria-hidden>
          {open ? '▾' : '▸'}
        </span>
        <span className="group-title">{title}</span>
        {summary !== undefined && <span className="group-summary muted small">{summary}</span>}
      </button>
      {open && <div className="group-body">{children()}</div>}
    </div>
  );
}
