import type { ReactNode } from 'react';
import { Button, Card } from '@mantine/core';
import { Link } from 'react-router';
import { DraftBanner } from './DraftBanner';
import { LoadState } from './LoadState';
import { PageHeader } from './PageHeader';
import { useOfficeNow } from '../lib/useOfficeNow';

// The page that registers a new record in a register (or a transfer received): a header with 返回 and
// 登记, the restored-draft banner, and the form's fields in one card. Submitting runs `onSubmit`.

export function RecordFormPage({
  title,
  description,
  back,
  saving,
  onSubmit,
  draft,
  children,
}: {
  title: string;
  description: string;
  /** Where 返回 goes (the register's list). */
  back: string;
  saving: boolean;
  onSubmit: () => void;
  /** The restored draft, if the form keeps one. */
  draft?: { restored: boolean; discard: () => void };
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <PageHeader
        title={title}
        description={description}
        actions={
          <>
            <Button variant="default" component={Link} to={back}>
              返回
            </Button>
            <Button type="submit" loading={saving}>
              登记
            </Button>
          </>
        }
      />
      {draft && <DraftBanner visible={draft.restored} onDiscard={draft.discard} />}
      <Card withBorder maw={960}>
        {children}
      </Card>
    </form>
  );
}

/** Renders `children` once the office's today (and time) is known, for forms that default a date to it. */
export function WithOfficeNow({ children }: { children: (now: { today: string; time: string }) => ReactNode }) {
  const now = useOfficeNow();
  return (
    <LoadState loading={!now} error={undefined}>
      {now && children(now)}
    </LoadState>
  );
}
