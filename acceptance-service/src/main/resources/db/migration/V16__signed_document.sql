-- The signed PDF of each document of record (a joint opinion, a completion filing) in each language, kept as it was
-- first made so that every copy is the same file.
create table signed_document (
    number     varchar(64) not null,
    language   varchar(8)  not null,
    content    bytea       not null,
    sha256     char(64)    not null,
    made_at    timestamptz not null,
    primary key (number, language)
);
