import { useEffect, useRef, useState } from 'react';
import { useDebounced } from '@/lib/use-debounced';

/** A search box that reports its text once typing settles, and follows the value when it changes from outside (back button). */
export function SearchInput({ value, onSearch, label, placeholder }: { value: string; onSearch: (q: string) => void; label: string; placeholder: string }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  const settled = useDebounced(text, 300);
  const last = useRef(settled);
  useEffect(() => {
    if (settled === last.current) return;
    last.current = settled;
    if (settled.trim() !== value.trim()) onSearch(settled.trim());
  }, [settled, value, onSearch]);
  return (
    <input
      type="search"
      className="input search-input"
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => e.key === 'Escape' && setText('')}
    />
  );
}

/** Filters kept in the URL's query string: changing one is a history entry, typing in the search box is not. */
export function readParams<K extends string>(params: URLSearchParams, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const v = params.get(key);
    if (v) out[key] = v;
  }
  return out;
}
