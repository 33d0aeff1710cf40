import { Link, useLocation, type LinkProps } from 'react-router';

/** A link inside the app that keeps the current filters and language. */
export function AppLink({ to, ...props }: Omit<LinkProps, 'to'> & { to: string }) {
  const { search } = useLocation();
  return <Link to={{ pathname: to, search }} {...props} />;
}
