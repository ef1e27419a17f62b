-- The signed PDF of an opinion in each language, kept as it was first made so that every copy is the same file.
create table opinion_document (
    opinion_number varchar(64) not null references joint_opinion (number),
    language       varchar(8)  not null,
    content        bytea       not null,
    sha256         char(64)    not null,
    made_at        timestamptz not null,
    primary key (opinion_number, language)
);
