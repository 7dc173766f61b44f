import { Card, Code, Table, Text } from '@mantine/core';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { DataSafety } from '../data/DataSafety';

export function SystemSettings() {
  const info = useApiQuery('system.info', {});
  return (
    <LoadState loading={info.loading} error={info.error}>
      <DataSafety />
      {info.data && (
        <Card withBorder maw={900} mt="md">
          <Table variant="vertical">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>数据文件夹</Table.Th>
                <Table.Td>
                  <Code>{info.data.dataDir}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>数据库文件</Table.Th>
                <Table.Td>
                  <Code>{info.data.databasePath}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>程序版本</Table.Th>
                <Table.Td>{info.data.appVersion}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>数据结构版本</Table.Th>
                <Table.Td>{info.data.schemaVersion}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed" mt="sm">
            所有数据只保存在本机的数据文件夹中，不会上传到网络。
          </Text>
        </Card>
      )}
    </LoadState>
  );
}
