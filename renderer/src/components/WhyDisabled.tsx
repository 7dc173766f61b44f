import type { ReactElement } from 'react';
import { Tooltip, VisuallyHidden } from '@mantine/core';

/**
 * A control that cannot be used right now says why: the reason shows on hover and on keyboard
 * focus (a disabled button gets neither, so the wrapper takes them), and screen readers read it.
 * Give the child `disabled={Boolean(reason)}`; with no reason the child is returned as it is.
 */
export function WhyDisabled({
  reason,
  children,
}: {
  reason: string | null | false | undefined;
  children: ReactElement;
}) {
  if (!reason) return children;
  return (
    <Tooltip label={reason} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
      <span tabIndex={0} data-disabled-reason={reason} style={{ display: 'inline-block', cursor: 'not-allowed' }}>
        {children}
        <VisuallyHidden>（{reason}）</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
