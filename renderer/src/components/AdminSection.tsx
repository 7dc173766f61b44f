import type { ReactNode } from 'react';
import { Alert, Box } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useAdminReason } from '../app/operatorStore';

/**
 * A part of 设置 the office's administrators keep (rule profiles, holidays, templates, backups and
 * restore, staff, the office). Everyone else sees it as it is, read-only: every field and button
 * inside is disabled, with the reason above it and on hover. The back end refuses the same calls.
 */
export function AdminSection({ children, what }: { children: ReactNode; what: string }) {
  const reason = useAdminReason();
  if (!reason) return <>{children}</>;
  return (
    <>
      <Alert color="gray" variant="light" icon={<IconLock size={16} />} mb="md" title={`${what}（只读）`}>
        {reason}。
      </Alert>
      {/* A disabled fieldset disables every control inside it; its title is the hover text. */}
      <Box
        component="fieldset"
        disabled
        title={reason}
        aria-label={`${what}（只读）`}
        style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}
      >
        {children}
      </Box>
    </>
  );
}
