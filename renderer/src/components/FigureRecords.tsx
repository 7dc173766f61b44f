// A figure and the records it counts (issue #20: "a click from the figure to the list"), shared by the
// annual report and the statistics page: the figure is a button, the list opens in a drawer, and each
// record links to where the app shows it.
import { Alert, Anchor, Card, Drawer, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReportRecordRef } from '../../../shared/contract';

/** Where the app shows a record a figure counts. */
export function recordPath(ref: ReportRecordRef): string {
  switch (ref.kind) {
    case 'case':
      return `/cases/${ref.id}`;
    case 'round':
      return `/review/rounds/${ref.id}`;
    case 'criminal-transfer':
      return `/transfers/criminal/${ref.id}`;
    case 'transfer-out':
      return `/transfers/out/${ref.id}`;
    case 'transfer-in':
      return `/transfers/in/${ref.id}`;
    case 'staff':
      return '/settings/staff';
  }
}

/** What the drawer lists: the figure's name and its records. */
export interface OpenedFigure {
  title: string;
  records: ReportRecordRef[];
}

/** The records behind one figure, each a link to its page (following one closes the drawer). */
export function FigureRecordsDrawer({ opened, onClose }: { opened: OpenedFigure | null; onClose: () => void }) {
  return (
    <Drawer
      opened={opened !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={opened ? `${opened.title}：${opened.records.length} 条记录` : ''}
    >
      {opened && opened.records.length === 0 && (
        <Alert color="gray" variant="light">
          本项没有记录。
        </Alert>
      )}
      <Stack gap="xs">
        {opened?.records.map((record, index) => (
          <Card key={`${record.kind}-${record.id}-${record.detail}-${index}`} withBorder padding="sm">
            <Anchor component={Link} to={recordPath(record)} onClick={onClose}>
              {record.label}
            </Anchor>
            <Text size="sm" c="dimmed">
              {record.detail}
            </Text>
          </Card>
        ))}
      </Stack>
    </Drawer>
  );
}
