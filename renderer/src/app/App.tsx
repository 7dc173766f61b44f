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
import { theme } from './theme';
import { AppRoutes } from './routes';
import { SessionGate } from './SessionGate';

/** Hash routing works the same from file:// (Electron) and http:// (browser mode). */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
          <Notifications position="top-right" />
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
