-- Records: each e-archive submission package (E-ARK SIP / FGS Paketstruktur) as it was made: who made it, when, the
-- period and unit it covers, how many records it holds, and the ZIP itself, so that what was delivered to the archive
-- can be fetched again unchanged. Versioned 15.8 (issue 15, point 4).
create table archive_package (
    id          uuid primary key,
    created_by  uuid not null,
    created_at  timestamptz not null,
    period_from timestamptz not null,
    period_to   timestamptz not null,
    unit_id     uuid,
    records     integer not null,
    size        bigint not null,
    sha256      text not null,
    content     bytea not null
);

create index archive_package_created_idx on archive_package (created_at desc, id);
