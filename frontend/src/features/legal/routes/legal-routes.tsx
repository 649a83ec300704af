/** The accessibility statement and the privacy notice: open to everyone, signed in or not. */
import { accessibilityStatement } from '../content/accessibility-statement';
import { privacyNotice } from '../content/privacy-notice';
import { LegalPage } from '../components/legal-page';

export function AccessibilityStatementRoute() {
  return <LegalPage text={accessibilityStatement} />;
}

export function PrivacyNoticeRoute() {
  return <LegalPage text={privacyNotice} />;
}
