import dayjs from 'dayjs';

export function formatInstant(iso: string): string {
  return dayjs(iso).format('YYYY年M月D日 HH:mm');
}

export function formatDate(iso: string | null): string {
  return iso ? dayjs(iso).format('YYYY年M月D日') : '—';
}
