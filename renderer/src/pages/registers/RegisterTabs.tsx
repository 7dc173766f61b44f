import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { value: '/registers/assistance', label: '执法协助' },
  { value: '/registers/complaints', label: '举报投诉' },
  { value: '/registers/supervision', label: '执法监督' },
  { value: '/registers/sharing', label: '信息共享' },
  { value: '/registers/disputes', label: '管辖争议' },
] as const;

/** Switches between the township desk's registers. */
export function RegisterTabs() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = TABS.find((tab) => location.pathname.startsWith(tab.value))?.value ?? TABS[0].value;
  return (
    <Tabs value={current} onChange={(value) => value && void navigate(value)} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
