-- Accounts, server-side sessions, failed sign-ins (for rate limiting), records with versions and
-- attribution, and the append-only audit log.
create table users (
  id integer generated always as identity primary key,
  email text not null unique,
  name text not null,
  role text not null check (role in ('viewer', 'editor', 'admin')),
  password_hash text not null,
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);

create table sessions (
  token_hash text primary key,
  user_id integer not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table login_failures (
  id integer generated always as identity primary key,
  email text not null,
  ip text not null,
  at timestamptz not null default now()
);
create index login_failures_email on login_failures (email, at);
create index login_failures_ip on login_failures (ip, at);

create table records (
  id text primary key,
  kind text not null,
  body jsonb not null,
  version integer not null check (version > 0),
  created_by integer not null references users (id),
  created_at timestamptz not null default now(),
  updated_by integer not null references users (id),
  updated_at timestamptz not null default now()
);

create table audit_log (
  id integer generated always as identity primary key,
  at timestamptz not null default now(),
  user_id integer references users (id),
  user_email text not null,
  action text not null,
  record_id text,
  before jsonb,
  after jsonb
);
create index audit_log_record on audit_log (record_id, id);
