import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CaseHandlerRef } from '../../../../shared/contract';
import type { StaffRole } from '../../../../shared/domain/case';
import { useApiQuery } from '../../api/useApi';

export interface PeopleValues {
  reviewerId: string | null;
  headId: string | null;
}

function useOptions(role: StaffRole, handlers: readonly CaseHandlerRef[]) {
  const staff = useApiQuery('staff.list', {});
  const handlerIds = new Set(handlers.map((handler) => handler.id));
  return (staff.data ?? [])
    .filter((person) => person.active && !person.auxiliary && person.roles.includes(role))
    .map((person) => ({
      value: String(person.id),
      // 办理、审核、决定相分离: a handler of this case is shown but cannot be chosen.
      label: handlerIds.has(person.id) ? `${person.name}（本案承办人，不能担任）` : person.name,
      disabled: handlerIds.has(person.id),
    }));
}

/** The reviewer and the 法制审核机构负责人 of one round, from staff holding those posts. */
export function PeopleFields<T extends PeopleValues>({
  form,
  handlers,
}: {
  form: UseFormReturnType<T>;
  handlers: readonly CaseHandlerRef[];
}) {
  const reviewers = useOptions('reviewer', handlers);
  const heads = useOptions('review-head', handlers);
  return (
    <SimpleGrid cols={2}>
      <Select
        label="法制审核员"
        description="逐项审核、提出并签署审核意见"
        placeholder="选择审核员"
        data={reviewers}
        clearable
        {...form.getInputProps('reviewerId')}
      />
      <Select
        label="法制审核机构负责人"
        description="与审核员共同签署审核意见；不得与承办人、审核员为同一人"
        placeholder="选择法制审核机构负责人"
        data={heads}
        clearable
        {...form.getInputProps('headId')}
      />
    </SimpleGrid>
  );
}
