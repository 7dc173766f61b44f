import { Text } from '@mantine/core';

/** Choosing the office's rule profile; completed once profiles can be listed through the API. */
export function SetupProfileStep() {
  return (
    <Text>
      默认适用《重庆市涪陵区人民政府办公室关于建立健全乡镇(街道)与区级行政执法部门行政执法协调协同机制的通知》（涪陵府办〔2024〕1号）的规则。可在“设置 › 规则配置”中改用周村、郯城的规则或本单位的规则。
    </Text>
  );
}
