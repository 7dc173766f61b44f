import { useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useApiQuery } from '../../api/useApi';

/** How many matching cases the picker lists (the newest first). */
const SHOWN = 30;
/** The case list's search takes at most this many characters (shared/contract/cases.ts). */
const MAX_QUERY = 100;

type CaseSelectProps = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>;

function caseLabel(caseNumber: string, cause: string, partyName: string): string {
  return `${caseNumber} ${cause}（${partyName}）`;
}

/**
 * Picks one of the office's cases for a register record (a dispute, a transfer received, an
 * information-sharing request). What is typed is searched by the server as on the case list —
 * number, cause, party, and the facts from three characters — so a case from years ago can be
 * linked, not only the newest ones. The chosen case keeps its label even when it is not among
 * the matches shown.
 */
export function CaseSelect(props: CaseSelectProps) {
  const [search, setSearch] = useState('');
  const chosenId = typeof props.value === 'string' && /^\d+$/.test(props.value) ? Number(props.value) : null;
  const chosen = useApiQuery('cases.get', { id: chosenId ?? 0 }, { enabled: chosenId !== null });
  const chosenLabel =
    chosen.data && chosen.data.id === chosenId
      ? caseLabel(chosen.data.caseNumber, chosen.data.cause, chosen.data.party.name)
      : undefined;
  // Once a case is picked its label stands in the box: that is not something to search for. The
  // list's search takes 100 characters at most (more is refused): a longer paste is cut there.
  const wanted = (search === chosenLabel ? '' : search.trim()).slice(0, MAX_QUERY);
  const [query] = useDebouncedValue(wanted, 250);
  const cases = useApiQuery('cases.list', { query, pageSize: SHOWN });
  // The matches shown are those of what is in the box now: while a newer search is on its way
  // (debounce, request), the older matches are not offered.
  const current = query === wanted && !cases.previous;
  const options = (current ? (cases.data?.items ?? []) : []).map((item) => ({
    value: String(item.id),
    label: caseLabel(item.caseNumber, item.cause, item.partyName),
  }));
  if (chosenId !== null && chosenLabel !== undefined && !options.some((option) => option.value === String(chosenId)))
    options.unshift({ value: String(chosenId), label: chosenLabel });
  return (
    <Select
      placeholder="输入案件编号、案由或当事人查找"
      {...props}
      searchable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has matched already (facts too, which the labels do not show).
      filter={({ options: shown }) => shown}
      nothingFoundMessage={
        cases.error !== undefined
          ? `查找案件未完成：${cases.error}`
          : current
            ? '没有找到：换个关键词（案件编号、案由、当事人）'
            : '正在查找…'
      }
    />
  );
}
