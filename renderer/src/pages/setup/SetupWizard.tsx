import { useState } from 'react';
import { Button, Card, Code, Group, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { STAFF_ROLE_LABELS } from '../../../../shared/domain/case';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { OfficeForm } from '../office/OfficeSettings';
import { StaffForm } from '../staff/StaffForm';
import { SetupProfileStep } from './SetupProfileStep';

const EMPTY_OFFICE = {
  name: '',
  abbreviation: '',
  address: '',
  contactPerson: '',
  phone: '',
  reviewBody: '',
  handlingUnit: '',
};

function StaffStep() {
  const staff = useApiQuery('staff.list', {});
  const [formKey, setFormKey] = useState(0);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        至少登记承办人、法制审核员和负责人各一名：同一案件中，办理、审核、决定须由不同人员担任。
      </Text>
      {(staff.data ?? []).length > 0 && (
        <Table withTableBorder>
          <Table.Tbody>
            {(staff.data ?? []).map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>{person.name}</Table.Td>
                <Table.Td>{person.roles.map((role) => STAFF_ROLE_LABELS[role]).join('、')}</Table.Td>
                <Table.Td>{person.certificateNo ? `执法证 ${person.certificateNo}` : '未登记执法证'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Card withBorder>
        <Title order={4} fz={15} mb="sm">
          添加一名人员
        </Title>
        <StaffForm key={formKey} staff={null} onDone={() => setFormKey((k) => k + 1)} />
      </Card>
    </Stack>
  );
}

function DataStep() {
  const info = useApiQuery('system.info', {});
  return (
    <Stack>
      <Text>所有案件和文书只保存在本机的数据文件夹中，不会上传到网络：</Text>
      <Code block>{info.data?.dataDir ?? '…'}</Code>
      <Text size="sm" c="dimmed">
        程序每天首次启动时自动备份到该文件夹下的 backups 目录；也可以在“设置 › 数据与系统”中备份到 U 盘等位置。
      </Text>
    </Stack>
  );
}

/** The first-run setup: short, skippable, and reachable again from 设置. */
export function SetupWizard() {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const office = useApiQuery('office.get', {});

  const dismiss = useApiMutation('setup.dismiss', { failure: false });

  async function finish() {
    if (await dismiss.run({})) void navigate('/');
  }

  return (
    <Stack maw={880}>
      <Group justify="space-between">
        <Title order={2} fz={22}>
          欢迎使用法审工作台
        </Title>
        <Button variant="subtle" onClick={() => void finish()}>
          跳过，稍后在“设置”中完成
        </Button>
      </Group>
      <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false}>
        <Stepper.Step label="本单位" description="名称与文号简称">
          {!office.loading && (
            <OfficeForm
              initial={office.data ? { ...EMPTY_OFFICE, ...office.data } : EMPTY_OFFICE}
              onSaved={() => setStep(1)}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="规则配置" description="适用的地方规定">
          <SetupProfileStep />
        </Stepper.Step>
        <Stepper.Step label="人员" description="承办、审核、负责人">
          <StaffStep />
        </Stepper.Step>
        <Stepper.Step label="数据与备份" description="数据存放位置">
          <DataStep />
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between" mt="md">
        <Button variant="default" disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
          上一步
        </Button>
        {step < 3 ? (
          <Button variant={step === 0 ? 'default' : 'filled'} onClick={() => setStep((s) => s + 1)}>
            {step === 0 ? '不保存，下一步' : '下一步'}
          </Button>
        ) : (
          <Button onClick={() => void finish()}>完成设置</Button>
        )}
      </Group>
    </Stack>
  );
}
