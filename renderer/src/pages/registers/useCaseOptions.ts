import { useApiQuery } from '../../api/useApi';

/** The office's cases as select options, for linking a register record to a case. */
export function useCaseOptions(): Array<{ value: string; label: string }> {
  const cases = useApiQuery('cases.list', { pageSize: 100 });
  return (cases.data?.items ?? []).map((item) => ({
    value: String(item.id),
    label: `${item.caseNumber} ${item.cause}（${item.partyName}）`,
  }));
}
