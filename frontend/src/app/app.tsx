/** The application: providers, then the sign-in gate, then the router. */
import { AppProvider } from './provider';
import { AuthGate } from './auth-gate';

export function App() {
  return (
    <AppProvider>
      <AuthGate />
    </AppProvider>
  );
}
