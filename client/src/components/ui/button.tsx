import type { ButtonHTMLAttributes } from 'react';

type Variant = 'default' | 'primary' | 'danger' | 'ghost';

export function Button({
  variant = 'default',
  size,
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: 'small' }) {
  const classes = ['btn', variant !== 'default' && variant, size, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...props} />;
}
