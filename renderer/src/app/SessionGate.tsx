import { useEffect, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { onPersonChange, refreshSession, useSession, watchSession } from './sessionStore';
import { SignInPage } from './SignInPage';
import { SecretPrompt } from './SecretPrompt';

/** Nothing of the office's work shows until someone has signed in on this window or browser. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { status, notice } = useSession();
  const queryClient = useQueryClient();
  useEffect(() => {
    // The next person never sees what the last one's pages loaded, not even for a moment.
    const stop = onPersonChange(() => queryClient.clear());
    void refreshSession();
    const unwatch = watchSession();
    return () => {
      stop();
      unwatch();
    };
  }, [queryClient]);
  if (!status)
    return (
      <Center mih="100vh">
        <Loader aria-label="正在连接" />
      </Center>
    );
  if (!status.signedIn) return <SignInPage status={status} notice={notice} />;
  // Keyed by person: whoever signs in next starts from fresh pages, not the last person's screens.
  return (
    <div key={status.signedIn.staffId ?? 0}>
      <SecretPrompt />
      {children}
    </div>
  );
}
