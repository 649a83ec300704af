/** The router, made only now: after the sign-in callback has put the right address in place. */
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createRouter } from './router';

export default function RoutedApp() {
  const [router] = useState(createRouter);
  return <RouterProvider router={router} />;
}
