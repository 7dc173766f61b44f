import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader } from '@mantine/core';

/** Loading spinner, a Chinese error with a retry, or the content. */
export function LoadState({
  loading,
  error,
  onRetry,
  children,
}: {
  loading: boolean;
  error: string | undefined;
  onRetry?: () => void;
  children: ReactNode;
}) {
  if (error) {
    return (
      <Alert color="red" title="加载失败">
        {error}
        {onRetry && (
          <Button variant="subtle" size="xs" ml="sm" onClick={onRetry}>
            重试
          </Button>
        )}
      </Alert>
    );
  }
  if (loading) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="正在加载" />
      </Center>
    );
  }
  return <>{children}</>;
}
