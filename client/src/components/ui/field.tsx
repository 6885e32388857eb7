import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
}

/** A labelled control with its server or client error under it, wired with aria-invalid/aria-describedby. */
function useFieldIds(error?: string) {
  const id = useId();
  const errorId = `${id}-error`;
  return { id, errorId, aria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined } };
}

function Shell({ id, errorId, label, error, hint, children }: FieldProps & { id: string; errorId: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && <span className="muted small">{hint}</span>}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField({ label, error, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, errorId, aria } = useFieldIds(error);
  return (
    <Shell id={id} errorId={errorId} label={label} error={error} hint={hint}>
      <input id={id} className={['input', className].filter(Boolean).join(' ')} {...aria} {...props} />
    </Shell>
  );
}

export function TextAreaField({ label, error, hint, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, errorId, aria } = useFieldIds(error);
  return (
    <Shell id={id} errorId={errorId} label={label} error={error} hint={hint}>
      <textarea id={id} className="input" {...aria} {...props} />
    </Shell>
  );
}

export function SelectField({
  label,
  error,
  hint,
  options,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const { id, errorId, aria } = useFieldIds(error);
  return (
    <Shell id={id} errorId={errorId} label={label} error={error} hint={hint}>
      <select id={id} className="input" {...aria} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}
