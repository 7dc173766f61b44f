import { useRef } from 'react';
import { Button, Group, Modal } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';

/**
 * The on-screen preview: the same document model rendered as A4 pages of HTML, in a sandboxed
 * frame so case data can never run as code. 打印 prints exactly this (the browser's or Electron's
 * print dialog).
 */
export function DocumentPreview({ title, html, onClose }: { title: string; html: string | null; onClose: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <Modal opened={html !== null} onClose={onClose} title={title} size="auto" centered>
      <Group justify="flex-end" mb="sm">
        <Button
          leftSection={<IconPrinter size={16} />}
          variant="default"
          onClick={() => frame.current?.contentWindow?.print()}
        >
          打印
        </Button>
      </Group>
      <iframe
        ref={frame}
        title={`${title}预览`}
        srcDoc={html ?? ''}
        sandbox="allow-modals allow-same-origin"
        style={{ width: 860, height: '75vh', border: '1px solid var(--mantine-color-gray-4)', background: '#e9ecef' }}
      />
    </Modal>
  );
}
