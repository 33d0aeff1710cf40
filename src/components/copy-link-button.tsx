import { useState } from 'react';
import { useTranslation } from '../hooks/use-translation';

/**
 * Copies the page's address (view, filters, language, selection) so a colleague opens the same
 * view. Where the clipboard is refused, the link is shown selected, ready to copy by hand.
 */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('app.copyLink')}
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' && t('app.linkCopied')}
      </span>
      {state === 'manual' && (
        <input
          readOnly
          aria-label={t('app.linkToCopy')}
          value={window.location.href}
          onFocus={(e) => e.target.select()}
          ref={(el) => el?.select()}
        />
      )}
    </span>
  );
}
