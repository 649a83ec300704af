/** A success message handed over by the previous page through the router state. */
import { useLocation } from 'react-router';

export function Notice() {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  if (!notice) return null;
  return (
    <p className="alert alert--success" role="status">
      {notice}
    </p>
  );
}
