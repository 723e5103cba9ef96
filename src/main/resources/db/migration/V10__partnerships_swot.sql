-- Métamut schema, part 10: partnerships and the SWOT (AFOM) board become editable, with their history
-- (Hibernate Envers, revisions in audit_revision), and SWOT items point at their evidence.
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL.
--
-- A SWOT item may point at one coverage cell (service + département), one survey need and one
-- partnership. The service is not a foreign key: an administrator may delete a catalogue service, and
-- the board then says the service was removed instead of blocking the deletion. Links to actions of
-- the action plan are left to the action-plan migration (an action may address several items).

alter table swot_item add column evidence_service_line_id bigint;
alter table swot_item add column evidence_departement_id bigint;
alter table swot_item add column evidence_survey_need_id bigint;
alter table swot_item add column evidence_partnership_id bigint;
alter table swot_item add constraint fk_swot_item_departement
    foreign key (evidence_departement_id) references departement (id);
alter table swot_item add constraint fk_swot_item_survey_need
    foreign key (evidence_survey_need_id) references survey_need (id);
alter table swot_item add constraint fk_swot_item_partnership
    foreign key (evidence_partnership_id) references partnership (id);
create index ix_swot_item_quadrant on swot_item (quadrant, position);
create index ix_swot_item_partnership on swot_item (evidence_partnership_id);

-- Envers history tables
create table partnership_aud (
    id          bigint   not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    code        varchar(40),
    name        varchar(200),
    type        varchar(30),
    status      varchar(20),
    description varchar(2000),
    start_date  date,
    end_date    date,
    source      varchar(120),
    created_by  varchar(60),
    created_at  timestamp with time zone,
    updated_by  varchar(60),
    updated_at  timestamp with time zone,
    primary key (id, rev)
);

create table partnership_operator_aud (
    rev            bigint not null references audit_revision (id),
    partnership_id bigint not null,
    operator_id    bigint not null,
    revtype        smallint,
    primary key (partnership_id, operator_id, rev)
);

create table partnership_service_aud (
    rev             bigint not null references audit_revision (id),
    partnership_id  bigint not null,
    service_line_id bigint not null,
    revtype         smallint,
    primary key (partnership_id, service_line_id, rev)
);

create table partnership_departement_aud (
    rev            bigint not null references audit_revision (id),
    partnership_id bigint not null,
    departement_id bigint not null,
    revtype        smallint,
    primary key (partnership_id, departement_id, rev)
);

create table swot_item_aud (
    id                       bigint   not null,
    rev                      bigint   not null references audit_revision (id),
    revtype                  smallint,
    quadrant                 varchar(20),
    position                 integer,
    title                    varchar(300),
    description              varchar(2000),
    source                   varchar(120),
    created_by               varchar(60),
    created_at               timestamp with time zone,
    updated_by               varchar(60),
    updated_at               timestamp with time zone,
    evidence_service_line_id bigint,
    evidence_departement_id  bigint,
    evidence_survey_need_id  bigint,
    evidence_partnership_id  bigint,
    primary key (id, rev)
);
