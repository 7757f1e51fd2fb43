/**
 * The one live region of a view: copy confirmations and clipboard problems are read out by screen
 * readers and shown on screen. A refused clipboard also shows the text, selected, to copy by hand.
 */
export interface Announcement {
  kind: 'ok' | 'error';
  text: string;
  /** Text to copy by hand when the clipboard was refused. */
  manual?: string;
  /** Changes with every announcement, so the same words are announced again. */
  id: number;
}

export function Announcer({ message, manualLabel }: { message: Announcement | null; manualLabel: string }) {
  return (
    <div class="announcer">
      <p
        class={`announcer-text${message ? ` announcer-${message.kind}` : ''}`}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {message?.text ?? ''}
      </p>
      {message?.manual && (
        <textarea
          class="announcer-manual"
          aria-label={manualLabel}
          readOnly
          value={message.manual}
          ref={(el) => {
            if (el) el.select();
          }}
        />
      )}
    </div>
  );
}
