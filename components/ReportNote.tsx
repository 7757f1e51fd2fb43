import { useState } from 'preact/hooks';
import type { ClipboardPayload } from '@/lib/copy';
import { noteClipboard, noteFileName, type NoteTexts } from '@/lib/report';
import type { Announcement } from './Announcer';
import { downloadText } from './download';
import { t } from './i18n';

export interface ReportNoteProps {
  /** Builds the note from the page (asks the tab for its passages); rejects when the page does not answer. */
  make(): Promise<NoteTexts>;
  write(payload: ClipboardPayload): Promise<boolean>;
  announce(kind: Announcement['kind'], text: string, manual?: string): void;
  /** Saves the Markdown file (tests pass a fake). */
  download?(fileName: string, text: string): void;
}

/**
 * «Lag notat fra siden»: the note for the report, copied as rich HTML with a plain fallback; then the
 * Markdown, to copy or to download, from the same note.
 */
export function ReportNote({ make, write, announce, download }: ReportNoteProps) {
  const [texts, setTexts] = useState<NoteTexts | null>(null);
  const [working, setWorking] = useState(false);

  async function copy(payload: ClipboardPayload, done: string) {
    const copied = await write(payload).catch(() => false);
    if (copied) announce('ok', done);
    else announce('error', t('copyRefused'), payload['text/plain']);
  }

  async function create() {
    setWorking(true);
    try {
      const made = await make();
      setTexts(made);
      await copy(noteClipboard(made), t('noteCopied'));
    } catch {
      setTexts(null);
      announce('error', t('noteFailed'));
    } finally {
      setWorking(false);
    }
  }

  function save() {
    if (!texts) return;
    const name = noteFileName(new Date(), t('noteFileStem'));
    (download ?? ((n: string, text: string) => downloadText(document, n, text)))(name, texts.markdown);
    announce('ok', t('noteDownloaded'));
  }

  return (
    <div class="report-note">
      <button type="button" class="button report-note-create" onClick={create} disabled={working}>
        {t('noteCreate')}
      </button>
      {texts && (
        <>
          <button
            type="button"
            class="button button-quiet report-note-markdown"
            onClick={() => copy({ 'text/plain': texts.markdown }, t('noteCopiedMarkdown'))}
          >
            {t('noteCopyMarkdown')}
          </button>
          <button type="button" class="button button-quiet report-note-download" onClick={save}>
            {t('noteDownload')}
          </button>
        </>
      )}
    </div>
  );
}
