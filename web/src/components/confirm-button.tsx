import { useState, type FormEvent, type ReactNode } from 'react';

/** Props of `ConfirmButton`: what each of its buttons shows, and how the confirmation looks. */
export interface ConfirmButtonProps {
  /** What the first button shows (text or icon); it only opens the confirmation. */
  label: ReactNode;
  /** What the button that does it shows. */
  confirmLabel: ReactNode;
  /** What the button that backs out shows. Default "Cancel". */
  cancelLabel?: ReactNode;
  /** Runs when confirmed. */
  onConfirm(): void;
  /**
   * `box` (default): a bordered box with the prompt above the buttons.
   * `inline`: the two buttons take the first one's place (e.g. in a list row).
   */
  layout?: 'box' | 'inline';
  /** The question the box asks; with `typeToConfirm`, the label of its input. */
  prompt?: ReactNode;
  /** Accessible name of the box (without `typeToConfirm`), e.g. "Forget all memories?". */
  promptLabel?: string;
  /** Type-to-confirm: the confirm button works only once `phrase` is typed in the box's input. */
  typeToConfirm?: { phrase: string; inputId: string; inputTestId?: string };
  /** Open state owned by the caller (e.g. one row of a list at a time); else the button keeps it. */
  open?: boolean;
  /** Told every time the confirmation opens or closes. */
  onOpenChange?(open: boolean): void;
  /** Leaves the confirmation open after confirming: the caller closes it once the action succeeded. */
  stayOpen?: boolean;
  /** The action is running: the confirm button is disabled. */
  busy?: boolean;
  /** Small buttons, for panels and list rows. */
  small?: boolean;
  /** Class of the first button. Default `button danger-outline` (`small` added when small). */
  className?: string;
  /** `data-testid` of the first button. */
  testId?: string;
  /** `data-testid` of the confirm button. */
  confirmTestId?: string;
  /** Tooltip of the first button. */
  title?: string;
  /** Accessible name of the first button, for an icon. */
  ariaLabel?: string;
  /** Accessible name of the cancel button, for an icon such as ✕. */
  cancelAriaLabel?: string;
}

/**
 * A destructive action in two steps: the first button only asks, and the action runs once the
 * second one is pressed (after typing a phrase, for the most destructive ones).
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  // Kept while the confirmation closes and opens again, like any half-filled field.
  const [typed, setTyped] = useState('');
  const open = props.open ?? ownOpen;
  const size = props.small ? ' small' : '';

  function setOpen(next: boolean) {
    if (props.open === undefined) setOwnOpen(next);
    props.onOpenChange?.(next);
  }

  if (!open) {
    return (
      <button
        type="button"
        className={props.className ?? `button${size} danger-outline`}
        data-testid={props.testId}
        title={props.title}
        aria-label={props.ariaLabel}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
    );
  }

  const phrase = props.typeToConfirm?.phrase;
  const ready = phrase === undefined || typed === phrase;
  function confirm() {
    if (!ready) return;
    if (!props.stayOpen) setOpen(false);
    props.onConfirm();
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    confirm();
  }

  const buttons = (
    <>
      <button
        type={phrase === undefined ? 'button' : 'submit'}
        className={`button danger${size}`}
        data-testid={props.confirmTestId}
        disabled={!ready || props.busy}
        onClick={phrase === undefined ? confirm : undefined}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className={`button${size}`} onClick={() => setOpen(false)} aria-label={props.cancelAriaLabel}>
        {props.cancelLabel ?? 'Cancel'}
      </button>
    </>
  );

  if (props.layout === 'inline') return <span className="confirm-inline">{buttons}</span>;

  if (props.typeToConfirm) {
    const { inputId, inputTestId } = props.typeToConfirm;
    return (
      <form className="confirm" onSubmit={submit}>
        <label htmlFor={inputId}>{props.prompt}</label>
        <div className="row">
          <input id={inputId} data-testid={inputTestId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          {buttons}
        </div>
      </form>
    );
  }

  return (
    <div className="confirm" role="alertdialog" aria-label={props.promptLabel}>
      <span>{props.prompt}</span>
      <div className="row">{buttons}</div>
    </div>
  );
}
