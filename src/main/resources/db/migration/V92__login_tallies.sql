-- The login throttle's counts, shared by every node on the database (they were counted in each node's memory,
-- so a guesser spreading attempts over N nodes had N times the attempts): per login typed (ACCOUNT) and per
-- remote address (ADDRESS), the attempts since the last success, when the last one came and any lock. A row is
-- deleted when its key starts afresh; forgotten rows (quiet long enough, no lock) are purged by a scheduled job.
create table login_tally (
    kind         varchar(10)  not null,
    tally_key    varchar(100) not null,
    attempts     integer      not null,
    last_attempt timestamp with time zone,
    locked_until timestamp with time zone,
    primary key (kind, tally_key)
);

-- The locks in force carry over (their attempts count restarts at the end of the lock); the table that kept only
-- the locks goes.
insert into login_tally (kind, tally_key, attempts, last_attempt, locked_until)
select kind, lock_key, 0, null, locked_until from login_lock where locked_until > current_timestamp;
drop table login_lock;
