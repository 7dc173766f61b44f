import type { ReactNode } from 'react';
import { Grid, Stack } from '@mantine/core';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';

// A register record's page: loading and errors, the header with the record's state, the record's
// steps and facts on the left, and the rule it runs by and its history on the right.

export function RecordLayout<View>({
  record,
  render,
}: {
  record: { data: View | undefined; loading: boolean; error: string | undefined; reload: () => void };
  render: (view: View) => {
    title: string;
    description: string;
    actions?: ReactNode;
    main: ReactNode;
    aside: ReactNode;
  };
}) {
  const view = record.data;
  const page = view === undefined ? null : render(view);
  return (
    <LoadState loading={record.loading && !view} error={record.error} onRetry={record.reload}>
      {page && (
        <>
          <PageHeader title={page.title} description={page.description} actions={page.actions} />
          <Grid>
            <Grid.Col span={8}>
              <Stack gap="md">{page.main}</Stack>
            </Grid.Col>
            <Grid.Col span={4}>
              <Stack gap="md">{page.aside}</Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </LoadState>
  );
}
