-- ShedLock's lock table: a scheduled job (the daily backup) runs on one node at a time. The columns are
-- ShedLock's (JdbcTemplateLockProvider); portable SQL, the same on H2 and PostgreSQL.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
