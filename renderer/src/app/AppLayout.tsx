import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import {
  IconBriefcase,
  IconFileText,
  IconGavel,
  IconHome,
  IconNotebook,
  IconSettings,
  IconTransfer,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { OperatorPicker } from './OperatorPicker';

const NAV = [
  { to: '/', label: '工作台', icon: IconHome, exact: true },
  { to: '/cases', label: '案件', icon: IconBriefcase },
  { to: '/review', label: '法制审核', icon: IconGavel },
  { to: '/transfers', label: '案件移送', icon: IconTransfer },
  { to: '/registers', label: '协作登记', icon: IconNotebook },
  { to: '/documents', label: '文书', icon: IconFileText },
  { to: '/settings', label: '设置', icon: IconSettings },
] as const;

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();

  // An empty database opens the setup once; the wizard decides when it is done or dismissed.
  useEffect(() => {
    api('setup.status', {}).then(
      ({ needed }) => needed && void navigate('/setup'),
      () => undefined,
    );
  }, [navigate]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Text fw={700} c="seal.8" fz={22} aria-hidden>
              审
            </Text>
            <Title order={1} fz={18}>
              法审工作台
            </Title>
          </Group>
          <OperatorPicker />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        {NAV.map((item) => {
          const active = 'exact' in item ? location.pathname === item.to : location.pathname.startsWith(item.to);
          return (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} stroke={1.6} />}
              active={active}
              variant="filled"
              fz="md"
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
