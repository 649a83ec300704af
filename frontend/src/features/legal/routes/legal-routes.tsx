/** The accessibility statement and the privacy notice: open to everyone, signed in or not. */
import { accessibilityStatement } from '../content/accessibility-statement';
import { privacyNotice } from '../content/privacy-notice';
import { LegalPage } from '../components/legal-page';

export const ACCESSIBILITY_PATH = '/accessibility';
export const PRIVACY_PATH = '/privacy';

export function AccessibilityStatementRoute() {
  return <LegalPage text={accessibilityStatement} />;
}

export function PrivacyNoticeRoute() {
  return <LegalPage text={privacyNotice} />;
}

/** The public page at a path, for a visitor who is not signed in; null elsewhere. */
export function publicPageAt(pathname: string) {
  if (pathname === ACCESSIBILITY_PATH) return <AccessibilityStatementRoute />;
  if (pathname === PRIVACY_PATH) return <PrivacyNoticeRoute />;
  return null;
}
