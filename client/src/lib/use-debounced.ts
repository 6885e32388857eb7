import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delay` ms: search-as-you-type without a request per keystroke. */
export function useDebounced<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
