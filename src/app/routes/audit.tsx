import { AuditLog } from '../../features/workspace/components/audit-log';

/** The team workspace's audit log (admins); outside a workspace there is none. */
export function AuditRoute() {
  return <AuditLog />;
}
