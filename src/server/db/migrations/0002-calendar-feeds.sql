-- One private calendar address per account: the database keeps a hash of its token and the words
-- (in the account's language) the calendar is written with. A new address replaces the old one.
create table calendar_feeds (
  user_id integer primary key references users (id) on delete cascade,
  token_hash text not null unique,
  settings jsonb not null,
  created_at timestamptz not null default now()
);
