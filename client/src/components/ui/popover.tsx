import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** A button that opens a panel below it; Escape or a click outside closes it and focus returns to the button. */
export function Popover({ label, title, children, align = 'right' }: { label: ReactNode; title: string; children: ReactNode; align?: 'left' | 'right' }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={root} style={{ position: 'relative' }}>
      <button ref={button} type="button" className="btn" aria-expanded={open} aria-controls={id} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
        {label}
      </button>
      {open && (
        <div id={id} className="popover" role="group" aria-label={title} style={align === 'right' ? { right: 0, top: 38 } : { left: 0, top: 38 }}>
          {children}
        </div>
      )}
    </div>
  );
}
