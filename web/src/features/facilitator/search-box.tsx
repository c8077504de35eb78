/** Props of `SearchBox`. */
export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  placeholder: string;
  /** What is searched, for screen readers ("Find an attendee by name or id"). */
  label: string;
  testId: string;
  className?: string;
}

/** A search field that filters as one types (the facilitator's attendee list and attendee detail). */
export function SearchBox({ value, onChange, placeholder, label, testId, className }: SearchBoxProps) {
  return <input type="search" className={className} placeholder={placeholder} aria-label={label} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)} />;
}
