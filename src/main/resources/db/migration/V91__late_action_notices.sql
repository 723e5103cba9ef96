-- Actions whose directors were told they are late (action plan feature), for the due date they were told of:
-- an action is announced late once, and again only if it is given a new due date and misses that one too.
create table plan_action_late_notice (
    action_id   bigint not null primary key references plan_action (id) on delete cascade,
    due_date    date   not null,
    notified_at timestamp with time zone not null
);
