import { useEffect, useId, useRef, useState } from 'react';
import type { StageCategory } from '../../model/types';

/**
 * A menu button listing the stages a deal can go to: the keyboard and screen-reader way to do what a drag does
 * (arrows move, Enter picks, Escape closes and returns focus to the button).
 */
export function StageMenu({
  label,
  buttonText,
  stages,
  onPick,
  disabled,
}: {
  label: string;
  buttonText: string;
  stages: { stageId: string; name: string; category: StageCategory }[];
  onPick: (stageId: string) => void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const onDown = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div ref={root} className="stage-menu">
      <button
        ref={button}
        type="button"
        className="btn small ghost"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        {buttonText}
      </button>
      {open && (
        <div
          id={id}
          role="menu"
          aria-label={label}
          className="popover"
          onKeyDown={(e) => {
            const index = items.current.findIndex((el) => el === document.activeElement);
            if (e.key === 'ArrowDown') items.current[(index + 1) % stages.length]?.focus();
            else if (e.key === 'ArrowUp') items.current[(index - 1 + stages.length) % stages.length]?.focus();
            else if (e.key === 'Home') items.current[0]?.focus();
            else if (e.key === 'End') items.current[stages.length - 1]?.focus();
            else if (e.key === 'Escape' || e.key === 'Tab') close();
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        >
          {stages.map((stage, index) => (
            <button
              key={stage.stageId}
              ref={(el) => {
                items.current[index] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`menu-item stage-${stage.category.toLowerCase()}`}
              onClick={() => {
                setOpen(false);
                onPick(stage.stageId);
              }}
            >
              {stage.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
