import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { createQueryClient } from '../api/queryClient';
import { cssVariablesResolver, theme } from './theme';
import { NOTICE_MS } from '../lib/notices';
import { AppRoutes } from './routes';
import { SessionGate } from './SessionGate';

/** Hash routing works the same from file:// (Electron) and http:// (browser mode). */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
          {/* Lower left: never over 返回/保存 (top right) or a dialog's close button; see lib/notices.ts. */}
          <Notifications position="bottom-left" containerWidth={340} limit={3} autoClose={NOTICE_MS.success} />
          <HashRouter>
            <SessionGate>
              <AppRoutes />
            </SessionGate>
          </HashRouter>
        </DatesProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
