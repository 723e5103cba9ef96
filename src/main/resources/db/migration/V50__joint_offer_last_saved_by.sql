-- Who saved a joint offer's content last, so that co-editors are told whose value arrived in a field
-- they are typing in. Not audited: the history already has the author of every revision.
alter table joint_offer add column last_saved_by varchar(60);
