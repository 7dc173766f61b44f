import { useApiQuery } from '../api/useApi';

/**
 * Today and the time now as the office's clock reads them, from the back end: forms start their
 * dates here rather than from this computer's clock, which may be set differently.
 */
export function useOfficeNow(): { today: string; time: string } | null {
  const years = useApiQuery('calendar.years', {});
  return years.data ? { today: years.data.today, time: years.data.timeNow } : null;
}
