import { Button, Tooltip, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

type Props = ButtonProps &
  ComponentPropsWithoutRef<'button'> & {
    /** Why this person may not press it (shown on hover); null when they may. */
    reason: string | null;
  };

/**
 * A button only some people may press (a signature, a head's approval, an administrator's setting):
 * for everyone else it stays in view, disabled, and says why on hover. The back end refuses the
 * same call anyway; this only spares the person a refusal.
 */
export function GatedButton({ reason, ...props }: Props) {
  if (!reason) return <Button {...props} />;
  return (
    <Tooltip label={reason} multiline maw={320} withArrow>
      {/* A disabled button fires no mouse events: the wrapper carries the hover. */}
      <span data-gated-reason={reason} style={{ display: 'inline-block' }}>
        <Button {...props} disabled onClick={undefined} />
      </span>
    </Tooltip>
  );
}
