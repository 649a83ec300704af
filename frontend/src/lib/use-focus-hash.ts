/** Focuses (and so scrolls to) the element the address's #hash names once the page has drawn it: a link's target field. */
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function useFocusHash(ready = true) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }, [hash, ready]);
}
