// The students' link as a big QR code on the teacher's page, for the projector: students at the
// back of the room scan it instead of typing the link. Lazy-loaded (qr-path.ts brings the QR
// encoder); the teacher's bar toggles it so that it never covers the lesson for long.

import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { qrSquare } from './qr-path';

interface Props {
  link: string;
  room: string;
  onClose(): void;
}

export default function StudentQr({ link, room, onClose }: Props) {
  const { t } = useTranslation('live');
  const qr = useMemo(() => qrSquare(link), [link]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="live-qr" role="dialog" aria-label={t('qrLabel')} data-testid="live-qr" data-link={link}>
      <button type="button" className="live-qr-close" onClick={onClose} title={t('qrHide')} aria-label={t('qrHide')} data-testid="live-qr-close">
        ×
      </button>
      <p className="live-qr-title">{t('qrTitle')}</p>
      <svg className="live-qr-code" viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges" role="img" aria-label={link} data-testid="live-qr-code" data-modules={qr.size}>
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <p className="live-qr-link">{link}</p>
      <p className="live-qr-room">
        {t('code')} <strong>{room}</strong>
      </p>
    </div>
  );
}
