/** A file panel's outcome: what was done, or why it was refused (a known refusal's own words, else the problem). */
import { ProblemAlert } from './problem-alert';

interface OutcomeAlertsProps {
  message: string;
  refusal?: string | null;
  error?: unknown;
}

export function OutcomeAlerts({ message, refusal, error }: OutcomeAlertsProps) {
  return (
    <>
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      {refusal ? (
        <p className="alert alert--error" role="alert">
          {refusal}
        </p>
      ) : (
        <ProblemAlert error={error} />
      )}
    </>
  );
}
