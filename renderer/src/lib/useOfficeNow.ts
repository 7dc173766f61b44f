import { useState } from 'react';
import { useApiQuery } from '../api/useApi';

/**
 * Today and the time now as the office's clock reads them, from the back end: forms start their
 * dates here rather than from this computer's clock, which may be set differently.
 */
export function useOfficeNow(): { today: string; time: string } | null {
  const years = useApiQuery('calendar.years', {});
  return years.data ? { today: years.data.today, time: years.data.timeNow } : null;
}

/**
 * A date a form starts at the office's today (not this computer's, which may be a day off), until
 * the person changes it: [value, set], for a DateField. An emptied field stays empty.
 */
export function useOfficeDate(): [string, (next: string | null) => void] {
  const today = useOfficeNow()?.today ?? '';
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  return [chosen ?? today, (next) => setChosen(next ?? '')];
}
