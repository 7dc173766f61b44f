import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/zh-cn';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import { theme } from './theme';
import { AppRoutes } from './routes';
import { SessionGate } from './SessionGate';

/** Hash routing works the same from file:// (Electron) and http:// (browser mode). */
export function App() {
  return (
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
  );
}
