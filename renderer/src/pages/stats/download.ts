import { notifications } from '@mantine/notifications';
import type { DocumentFile, InputOf } from '../../../../shared/contract';
import { api } from '../../api/client';
import { saveFile } from '../documents/fileActions';

type FileMethod = 'stats.export' | 'evaluation.export' | 'evaluation.docx' | 'training.export' | 'publicity.export';

/** Builds a file on the back end (an XLSX or DOCX from the records) and saves it through the browser. */
export async function download<M extends FileMethod>(method: M, input: InputOf<M>): Promise<void> {
  try {
    saveFile((await api(method, input)) as DocumentFile);
  } catch (error) {
    notifications.show({
      color: 'red',
      title: '导出失败',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
