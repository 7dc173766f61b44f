import type { ReactNode } from 'react';
import { Anchor, Button, Card, Group, SegmentedControl, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { LoadState } from './LoadState';
import { PageHeader } from './PageHeader';

// The list scaffolding every register shares (执法协助, 举报投诉, 执法监督, 信息共享, 管辖争议, and the transfer
// lists): a header with the "new" button, the scope switch, filters and a search box, and a table of
// records whose first cell links to the record.

export interface RegisterColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/** A record's title linking to its page, with one dimmed line under it. */
export function RecordLink({ to, title, detail }: { to: string; title: ReactNode; detail?: ReactNode }) {
  return (
    <>
      <Anchor component={Link} to={to} fw={600}>
        {title}
      </Anchor>
      {detail ? (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {detail}
        </Text>
      ) : null}
    </>
  );
}

/** A bordered table of records, or the sentence saying there are none. */
export function RegisterTable<Row extends { id: number }>({
  label,
  title,
  rows,
  columns,
  empty,
}: {
  /** The table's accessible name. */
  label: string;
  /** A heading inside the card, for pages with several tables. */
  title?: string;
  rows: readonly Row[];
  columns: ReadonlyArray<RegisterColumn<Row>>;
  empty: string;
}) {
  return (
    <Card withBorder>
      {title && (
        <Title order={3} fz={16} mb="xs">
          {title}
        </Title>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {empty}
        </Text>
      ) : (
        <Table verticalSpacing="sm" highlightOnHover aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header}>{column.header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

export type Scope = 'open' | 'all';

/** The open/all switch; `openLabel` names what "open" means in this register (待答复, 未办结…). */
export function ScopeControl({
  value,
  onChange,
  openLabel,
}: {
  value: Scope;
  onChange: (scope: Scope) => void;
  openLabel: string;
}) {
  return (
    <SegmentedControl
      aria-label="范围"
      value={value}
      onChange={(next) => onChange(next === 'all' ? 'all' : 'open')}
      data={[
        { value: 'open', label: openLabel },
        { value: 'all', label: '全部' },
      ]}
    />
  );
}

/** A segmented filter with an "all" choice mapped to null. */
export function ChoiceFilter<Value extends string>({
  label,
  value,
  onChange,
  allLabel,
  choices,
}: {
  label: string;
  value: Value | null;
  onChange: (value: Value | null) => void;
  allLabel: string;
  choices: ReadonlyArray<{ value: Value; label: string }>;
}) {
  return (
    <SegmentedControl
      aria-label={label}
      value={value ?? ''}
      onChange={(next) => onChange(choices.find((choice) => choice.value === next)?.value ?? null)}
      data={[{ value: '', label: allLabel }, ...choices]}
    />
  );
}

interface Query<Row> {
  data: readonly Row[] | undefined;
  loading: boolean;
  error: string | undefined;
  reload: () => void;
}

/** A register's list page: header, optional tabs, scope, filters, search, and the table. */
export function RegisterListPage<Row extends { id: number }>({
  title,
  description,
  create,
  tabs,
  scope,
  filters,
  search,
  query,
  table,
}: {
  title: string;
  description: string;
  create?: { to: string; label: string };
  tabs?: ReactNode;
  scope: { value: Scope; onChange: (scope: Scope) => void; openLabel: string };
  filters?: ReactNode;
  search?: { value: string; onChange: (value: string) => void; placeholder: string };
  query: Query<Row>;
  table: { label: string; empty: string; columns: ReadonlyArray<RegisterColumn<Row>> };
}) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          create && (
            <Button component={Link} to={create.to}>
              {create.label}
            </Button>
          )
        }
      />
      {tabs}
      <Group mb="md" gap="md">
        <ScopeControl {...scope} />
        {filters}
        {search && (
          <TextInput
            aria-label="搜索"
            placeholder={search.placeholder}
            value={search.value}
            onChange={(event) => search.onChange(event.currentTarget.value)}
            w={260}
          />
        )}
      </Group>
      <LoadState loading={query.loading && !query.data} error={query.error} onRetry={query.reload}>
        <RegisterTable {...table} rows={query.data ?? []} />
      </LoadState>
    </>
  );
}
