import { Button, Stack, Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { OfficeSettings } from '../office/OfficeSettings';
import { HearingSettingCard } from './HearingSettingCard';
import { StaffSettings } from '../staff/StaffSettings';
import { OrgSettings } from '../orgs/OrgSettings';
import { SystemSettings } from './SystemSettings';
import { ProfileSettings } from '../profiles/ProfileSettings';
import { CalendarSettings } from '../calendar/CalendarSettings';

const TABS = [
  { value: 'office', label: '本单位' },
  { value: 'staff', label: '人员' },
  { value: 'orgs', label: '协作单位' },
  { value: 'profiles', label: '规则配置' },
  { value: 'calendar', label: '节假日安排' },
  { value: 'system', label: '数据与系统' },
] as const;

export function SettingsPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = TABS.find((tab) => location.pathname.startsWith(`/settings/${tab.value}`))?.value ?? 'office';
  return (
    <>
      <PageHeader
        title="设置"
        description="本单位信息、执法人员、协作单位和数据存放位置。"
        actions={
          <Button variant="default" onClick={() => void navigate('/setup')}>
            打开初次设置向导
          </Button>
        }
      />
      <Tabs value={current} onChange={(value) => void navigate(`/settings/${value ?? 'office'}`)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="office">
          <OfficeSettings />
        </Tabs.Panel>
        <Tabs.Panel value="staff">
          <StaffSettings />
        </Tabs.Panel>
        <Tabs.Panel value="orgs">
          <OrgSettings />
        </Tabs.Panel>
        <Tabs.Panel value="profiles">
          <Stack gap="lg">
            <ProfileSettings />
            <HearingSettingCard />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <CalendarSettings />
        </Tabs.Panel>
        <Tabs.Panel value="system">
          <SystemSettings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
